package mapping.blog;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Tag {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String label;

  @ManyToMany(mappedBy = "tags")
  private Set<Post> posts;
}
