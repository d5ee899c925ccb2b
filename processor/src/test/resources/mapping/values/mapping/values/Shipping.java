package mapping.values;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** An embeddable with an association, whose join column the embedding entity overrides. */
@Embeddable
public class Shipping {
  @ManyToOne
  private Warehouse origin;

  private String carrier;
}
