package mapping.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** Enums as Hibernate 6 and 7 create them: ORDINAL and STRING. */
@Entity
public class Enums {
  @Id
  private Long id;

  private Status byDefault;

  @Enumerated(EnumType.ORDINAL)
  private Status ordinal;

  @Enumerated(EnumType.STRING)
  private Status string;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status sized;
}
