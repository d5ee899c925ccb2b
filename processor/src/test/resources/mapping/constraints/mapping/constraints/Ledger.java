package mapping.constraints;

import jakarta.persistence.Basic;
import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.ColumnDefault;

/**
 * Table-level constraints and indexes, JPA 3.2's checks and comments, column defaults
 * (Hibernate's @ColumnDefault), @Basic(optional = false), @Version.
 */
@Entity
@Table(name = "ledger",
    uniqueConstraints = @UniqueConstraint(name = "uk_ledger_code_year", columnNames = {"code", "fiscal_year"}),
    indexes = {
        @Index(columnList = "opened_on"),
        @Index(name = "ix_ledger_owner_code", columnList = "owner, code", unique = true)},
    check = @CheckConstraint(name = "ck_ledger_year", constraint = "fiscal_year >= 2000"),
    comment = "every ledger, one per code and year")
public class Ledger {
  @Id
  private Long id;

  @Column(length = 12, nullable = false)
  private String code;

  @Column(name = "fiscal_year")
  private int fiscalYear;

  @Column(name = "opened_on")
  private LocalDate openedOn;

  private String owner;

  @Column(check = @CheckConstraint(constraint = "balance >= -1000"), comment = "in cents")
  private long balance;

  @Basic(optional = false)
  private String title;

  @Version
  private int version;

  @ColumnDefault("0")
  private int entries;

  @ColumnDefault("'OPEN'")
  @Column(length = 10, nullable = false)
  private String state;
}
