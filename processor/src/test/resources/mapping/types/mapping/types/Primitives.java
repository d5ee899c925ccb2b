package mapping.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Every primitive and boxed basic type, numbers with their precision and scale. */
@Entity
public class Primitives {
  @Id
  private long id;

  private boolean flag;
  private Boolean boxedFlag;
  private byte tiny;
  private Byte boxedTiny;
  private short small;
  private Short boxedSmall;
  private int number;
  private Integer boxedNumber;
  private Long boxedLong;
  private float ratio;
  private Float boxedReal;
  private double dbl;
  private Double boxedDouble;
  private char letter;
  private Character boxedLetter;

  /** A char takes @Column(length), as a String does. */
  @Column(length = 5)
  private char code;

  @Column(length = 3)
  private Character boxedCode;

  /** 255 is @Column's default, which Hibernate reads as no length: char(1). */
  @Column(length = 255)
  private char grade;
  private BigDecimal amount;

  @Column(precision = 10, scale = 3)
  private BigDecimal price;

  @Column(precision = 12)
  private BigDecimal whole;

  private BigInteger big;

  @Column(precision = 20)
  private BigInteger bigSized;
}
