package mapping.identity;

import jakarta.persistence.*;
import java.util.Set;

/** Not an entity: it holds one. */
public class Catalog {
  /**
   * A nested entity with Hibernate's default name, the class's binary name without its package:
   * table Catalog$Item, sequence Catalog$Item_SEQ, collection table Catalog$Item_tags, all
   * written unquoted, as Hibernate writes them.
   */
  @Entity
  public static class Item {
    @Id @GeneratedValue
    private Long id;

    @ElementCollection
    private Set<String> tags;

    @ManyToOne
    private Item parent;
  }
}
