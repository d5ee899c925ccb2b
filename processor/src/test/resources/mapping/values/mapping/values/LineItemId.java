package mapping.values;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class LineItemId implements Serializable {
  private Long purchaseId;

  /** A primitive of an @EmbeddedId: a key column, NOT NULL. */
  private int lineNumber;
}
