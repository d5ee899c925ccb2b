package mapping.values;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Warehouse {
  @Id
  private String code;

  private String name;
}
