package mapping.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bean Validation constraints Hibernate turns into DDL. */
@Entity
public class Signup {
  @Id
  private Long id;

  @NotNull
  private String name;

  @NotBlank
  private String nickname;

  @NotEmpty
  private String motto;

  @NotNull
  private Integer age;

  @Min(1)
  @Max(10)
  private int rating;

  @Digits(integer = 5, fraction = 2)
  private java.math.BigDecimal fee;

  @jakarta.validation.constraints.Positive
  private Integer visits;

  @Size(max = 40)
  private String city;

  /** A minimum only: the length stays the default. */
  @Size(min = 2)
  private String country;

  /** @Size and @Column(length) together. */
  @Size(max = 20)
  @Column(length = 50)
  private String postcode;

  @NotNull
  @ManyToOne
  private Account account;
}
