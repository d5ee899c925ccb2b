package mapping.blog;

import jakarta.persistence.*;

@Entity
public class Comment {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  private Post post;

  @Column(length = 2000)
  private String text;
}
