package mapping.hierarchy;

import jakarta.persistence.*;

/** Explicit SINGLE_TABLE, no subclasses, nothing else: Hibernate gives it no discriminator column. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Solo {
  @Id
  private Long id;
}
