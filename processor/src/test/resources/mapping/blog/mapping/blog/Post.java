package mapping.blog;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

@Entity
public class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  @ManyToOne(optional = false)
  private Author author;

  @ManyToOne
  @JoinColumn(name = "editor", foreignKey = @ForeignKey(name = "fk_post_editor_author"))
  private Author editor;

  @ManyToOne
  @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Author reviewer;

  /** A join column to a natural key rather than the primary key. */
  @ManyToOne
  @JoinColumn(name = "author_handle", referencedColumnName = "handle")
  private Author byHandle;

  @OneToMany(mappedBy = "post")
  @OrderColumn
  private List<Comment> comments;

  /** Unidirectional, no join column: a join table. */
  @OneToMany
  private Set<Attachment> attachments;

  /** Unidirectional with a join column: the foreign key goes to the child. */
  @OneToMany
  @JoinColumn(name = "post_id")
  private List<Revision> revisions;

  /** Without @JoinTable: Post_Tag(posts_id, tags_id). */
  @ManyToMany
  private Set<Tag> tags;

  /** With @JoinTable, as a List with an order column. */
  @ManyToMany
  @JoinTable(name = "post_category", joinColumns = @JoinColumn(name = "post"), inverseJoinColumns = @JoinColumn(name = "category"))
  @OrderColumn(name = "position")
  private List<Category> categories;

  @OneToOne(mappedBy = "post")
  private PostDetails details;
}
