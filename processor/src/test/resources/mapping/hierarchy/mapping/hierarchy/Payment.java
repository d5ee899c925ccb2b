package mapping.hierarchy;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** JOINED with a declared discriminator. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.STRING, length = 10)
public abstract class Payment extends BaseEntity<Long> {
  private BigDecimal amount;
}
