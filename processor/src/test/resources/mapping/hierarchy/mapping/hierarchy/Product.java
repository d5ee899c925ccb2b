package mapping.hierarchy;

import jakarta.persistence.*;

/**
 * No @Inheritance, but entity subclasses: SINGLE_TABLE by default, with DTYPE varchar(31) and
 * its value check, as in the explicit case.
 */
@Entity
public class Product {
  @Id
  private Long id;

  private String title;
}
