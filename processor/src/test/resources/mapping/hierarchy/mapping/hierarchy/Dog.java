package mapping.hierarchy;

import jakarta.persistence.*;

@Entity
public class Dog extends Animal {
  private boolean goodBoy;
}
