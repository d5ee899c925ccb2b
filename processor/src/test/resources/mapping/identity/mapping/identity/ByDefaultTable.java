package mapping.identity;

import jakarta.persistence.*;

/** TABLE without a generator: Hibernate's hibernate_sequences table. */
@Entity
public class ByDefaultTable {
  @Id @GeneratedValue(strategy = GenerationType.TABLE)
  private Long id;
}
