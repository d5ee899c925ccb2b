package mapping.values;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

@Entity
public class Purchase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded
  @AssociationOverride(name = "origin", joinColumns = @JoinColumn(name = "source_warehouse", nullable = false),
      foreignKey = @ForeignKey(name = "fk_purchase_source"))
  private Shipping shipping;

  /** The same embeddable again: both of its columns overridden, the foreign key named by default. */
  @Embedded
  @AttributeOverride(name = "carrier", column = @Column(name = "return_carrier", length = 40))
  @AssociationOverride(name = "origin", joinColumns = @JoinColumn(name = "return_warehouse"))
  private Shipping returns;

  /** Once more, with only the basic column overridden: the join column keeps its default name, origin_code. */
  @Embedded
  @AttributeOverride(name = "carrier", column = @Column(name = "exchange_carrier"))
  private Shipping exchange;
}
