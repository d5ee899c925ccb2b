package mapping.identity;

import jakarta.persistence.*;
import java.util.Set;

/** Not an entity: it holds one. */
public class Catalog {
  /**
   * A nested entity, named as Retort asks (Hibernate's default, Catalog$Item, has a '$' that
   * Retort's migrations do not support yet): table CatalogItem, sequence CatalogItem_SEQ,
   * collection table CatalogItem_tags.
   */
  @Entity(name = "CatalogItem")
  public static class Item {
    @Id @GeneratedValue
    private Long id;

    @ElementCollection
    private Set<String> tags;

    @ManyToOne
    private Item parent;
  }
}
