package mapping.blog;

import jakarta.persistence.*;

@Entity
public class Revision {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int number;
}
