package mapping.hierarchy;

import jakarta.persistence.*;

/** A mapped superclass between a root without @Inheritance and its subclass. */
@MappedSuperclass
public abstract class Physical extends Product {
  private Double weight;
}
