package mapping.access;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Attributes converted with @Convert: a value type, a Boolean, an enum. */
@Entity
public class Product {
  @Id
  private Long id;

  @Convert(converter = MoneyConverter.class)
  @Column(length = 30)
  private Money price;

  @Convert(converter = YesNoConverter.class)
  @Column(length = 1)
  private Boolean discontinued;

  @Convert(converter = PriorityConverter.class)
  private Priority priority;

  /** A primitive through a converter of its wrapper. */
  @Convert(converter = YesNoConverter.class)
  private boolean featured;
}
