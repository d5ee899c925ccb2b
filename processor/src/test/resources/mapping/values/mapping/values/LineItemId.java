package mapping.values;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class LineItemId implements Serializable {
  private Long purchaseId;

  private Integer lineNumber;
}
