package mapping.hierarchy;

import jakarta.persistence.*;

@Entity
public class Cat extends Animal {
  private int lives;
}
