package mapping.hierarchy;

import jakarta.persistence.*;

/** No @Inheritance, a declared discriminator: SINGLE_TABLE with that column (an abstract root has no value). */
@Entity
@DiscriminatorColumn(name = "doc_type", length = 12)
public abstract class Document {
  @Id
  private Long id;
}
