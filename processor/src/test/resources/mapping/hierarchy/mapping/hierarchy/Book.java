package mapping.hierarchy;

import jakarta.persistence.*;

/** A subclass of a root without @Inheritance: its primitive is nullable, checked for its own rows. */
@Entity
public class Book extends Product {
  private int pages;
}
