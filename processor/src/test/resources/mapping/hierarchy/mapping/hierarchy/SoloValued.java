package mapping.hierarchy;

import jakarta.persistence.*;

/** Explicit SINGLE_TABLE, no subclasses, @DiscriminatorValue only: Hibernate gives it no discriminator column. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorValue("SV")
public class SoloValued {
  @Id
  private Long id;
}
