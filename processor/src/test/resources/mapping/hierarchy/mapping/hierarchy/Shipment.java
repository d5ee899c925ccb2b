package mapping.hierarchy;

import jakarta.persistence.*;

/**
 * SINGLE_TABLE with an INTEGER discriminator: its check lists numbers, and a subclass without
 * @DiscriminatorValue has its entity name's hashCode(), as Hibernate defaults it.
 */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
@DiscriminatorValue("1")
public class Shipment {
  @Id
  private Long id;
}
