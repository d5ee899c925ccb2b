package dev.retort.example.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(indexes = @Index(name = "idx_loan_due_on", columnList = "dueOn"))
public class Loan {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  private Book book;

  @ManyToOne(optional = false)
  private Member member;

  private LocalDate loanedOn;

  private LocalDate dueOn;

  private LocalDate returnedOn;

  @Version
  private long version;
}
