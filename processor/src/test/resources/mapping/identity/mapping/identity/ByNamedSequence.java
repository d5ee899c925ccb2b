package mapping.identity;

import jakarta.persistence.*;

@Entity
@SequenceGenerator(name = "invoices", sequenceName = "invoice_numbers", initialValue = 1000, allocationSize = 10)
public class ByNamedSequence {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoices")
  private Long id;
}
