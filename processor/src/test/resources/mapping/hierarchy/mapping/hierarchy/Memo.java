package mapping.hierarchy;

import jakarta.persistence.*;

/** No subclasses, no @Inheritance: @DiscriminatorValue alone gives no discriminator column. */
@Entity
@DiscriminatorValue("M")
public class Memo {
  @Id
  private Long id;
}
