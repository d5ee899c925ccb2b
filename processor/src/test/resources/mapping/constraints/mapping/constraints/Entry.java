package mapping.constraints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.annotations.ColumnDefault;

/**
 * Two checks on one column, a unique column, a default on a decimal, a wrapper @Version (NOT NULL
 * in Hibernate, even with @Column(nullable = true)).
 */
@Entity
@Table(check = {
    @jakarta.persistence.CheckConstraint(constraint = "amount <> 0"),
    @jakarta.persistence.CheckConstraint(constraint = "amount < 1000000")})
public class Entry {
  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne(optional = false)
  private Ledger ledger;

  @Column(precision = 12, scale = 2, nullable = false)
  private BigDecimal amount;

  @Column(unique = true, length = 36)
  private String reference;

  @ColumnDefault("1.50")
  @Column(precision = 5, scale = 2)
  private BigDecimal rate;

  @Version
  @Column(nullable = true)
  private Long version;
}
