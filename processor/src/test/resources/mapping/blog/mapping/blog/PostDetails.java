package mapping.blog;

import jakarta.persistence.*;

/** Shares its key with the post: @MapsId. */
@Entity
public class PostDetails {
  @Id
  private Long id;

  @OneToOne
  @MapsId
  private Post post;

  private int wordCount;
}
