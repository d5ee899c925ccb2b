package mapping.hierarchy;

import jakarta.persistence.*;

/** Below a mapped superclass: still a subclass of Product, with its own discriminator value. */
@Entity
@DiscriminatorValue("GADGET")
public class Gadget extends Physical {
  private String brand;
}
