package mapping.values;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Address {
  @Column(length = 120)
  private String street;

  @Column(nullable = false, length = 60)
  private String city;

  @Embedded
  private Geo geo;
}
