package mapping.identity;

import jakarta.persistence.*;

@Entity
public class ByIdentity {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
}
