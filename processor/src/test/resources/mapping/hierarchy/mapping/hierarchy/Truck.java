package mapping.hierarchy;

import jakarta.persistence.*;

@Entity
public class Truck extends Vehicle {
  @Column(nullable = false)
  private double payload;
}
