package mapping.identity;

import jakarta.persistence.*;
import java.util.UUID;

/** AUTO on a UUID: generated in Java, nothing in the database. */
@Entity
public class ByAutoUuid {
  @Id @GeneratedValue
  private UUID id;
}
