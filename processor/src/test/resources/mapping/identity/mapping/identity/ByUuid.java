package mapping.identity;

import jakarta.persistence.*;
import java.util.UUID;

@Entity
public class ByUuid {
  @Id @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;
}
