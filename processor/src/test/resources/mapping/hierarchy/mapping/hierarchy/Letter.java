package mapping.hierarchy;

import jakarta.persistence.*;

/** No @DiscriminatorValue: "Letter".hashCode(). */
@Entity
public class Letter extends Shipment {
  private String recipient;
}
