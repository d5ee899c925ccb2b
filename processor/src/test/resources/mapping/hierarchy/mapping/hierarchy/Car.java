package mapping.hierarchy;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("CAR")
public class Car extends Vehicle {
  /** Not null in Java, nullable in the table: trucks have no seats. */
  private int seats;
}
