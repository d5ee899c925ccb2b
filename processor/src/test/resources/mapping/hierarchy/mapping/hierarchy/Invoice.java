package mapping.hierarchy;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("INV")
public class Invoice extends Document {
  private java.math.BigDecimal total;
}
