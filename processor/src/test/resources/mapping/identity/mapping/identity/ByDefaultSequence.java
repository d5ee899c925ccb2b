package mapping.identity;

import jakarta.persistence.*;

/** SEQUENCE without a generator: Hibernate's ByDefaultSequence_SEQ, by 50. */
@Entity
public class ByDefaultSequence {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;
}
