package mapping.hierarchy;

import jakarta.persistence.*;

/** Explicit SINGLE_TABLE, no subclasses, a declared discriminator: Hibernate gives it the column. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "sort", length = 6)
public class SoloDeclared {
  @Id
  private Long id;
}
