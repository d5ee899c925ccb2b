package mapping.values;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import java.math.BigDecimal;

/** An @EmbeddedId, one of its attributes derived from an association with @MapsId. */
@Entity
public class LineItem {
  @EmbeddedId
  private LineItemId id;

  @MapsId("purchaseId")
  @ManyToOne
  private Purchase purchase;

  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  private int quantity;
}
