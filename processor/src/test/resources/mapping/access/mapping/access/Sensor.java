package mapping.access;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.List;
import mapping.access.conversion.Temperature;

/** An auto-applied converter from another package, on an attribute and on a collection's elements. */
@Entity
public class Sensor {
  @Id
  private Long id;

  private Temperature current;

  private Temperature threshold;

  @ElementCollection
  @OrderColumn
  private List<Temperature> readings;
}
