package mapping.blog;

import jakarta.persistence.*;

/** The owning side of a one-to-one: a unique foreign key. */
@Entity
public class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  private Author author;

  private String bio;
}
