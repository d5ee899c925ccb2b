package mapping.hierarchy;

import jakarta.persistence.*;

/** SINGLE_TABLE with the default discriminator. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Vehicle extends Audited<Long> {
  @Column(nullable = false)
  private String plate;
}
