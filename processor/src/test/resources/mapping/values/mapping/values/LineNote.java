package mapping.values;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A reference to a composite key without @JoinColumns: line_lineNumber, line_purchase_id. */
@Entity
public class LineNote {
  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne
  private LineItem line;

  private String text;
}
