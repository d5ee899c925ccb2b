package mapping.hierarchy;

import jakarta.persistence.*;

/** No subclasses and no @Inheritance, but a declared discriminator: Hibernate gives it the column. */
@Entity
@DiscriminatorColumn(name = "kind", length = 8)
public class Note {
  @Id
  private Long id;
}
