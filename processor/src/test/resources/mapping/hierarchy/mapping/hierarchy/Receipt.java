package mapping.hierarchy;

import jakarta.persistence.*;

/**
 * No @DiscriminatorValue: the entity name. Repeating the root's default strategy on a subclass is
 * no mix of strategies.
 */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Receipt extends Document {
  private boolean paid;
}
