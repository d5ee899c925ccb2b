package mapping.identity;

import jakarta.persistence.*;

/** AUTO on a number: a sequence, as Hibernate 6 and 7 choose. */
@Entity
public class ByAuto {
  @Id @GeneratedValue
  private long id;
}
