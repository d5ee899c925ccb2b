package mapping.identity;

import jakarta.persistence.*;

/** What the data-loss guard suggests after a rename: the id stays on the old entity's sequence. */
@Entity
public class ByKeptSequence {
  @Id @GeneratedValue @SequenceGenerator(name = "Before_SEQ", sequenceName = "Before_SEQ", allocationSize = 50)
  private Long id;
}
