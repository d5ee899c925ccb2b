package mapping.blog;

import jakarta.persistence.*;
import java.util.List;

/** One side of every association kind. */
@Entity
public class Author {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String handle;

  @OneToOne(mappedBy = "author")
  private Profile profile;

  @OneToMany(mappedBy = "author")
  private List<Post> posts;
}
