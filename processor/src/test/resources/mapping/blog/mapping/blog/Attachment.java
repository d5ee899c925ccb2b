package mapping.blog;

import jakarta.persistence.*;

@Entity
public class Attachment {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String fileName;
}
