package mapping.values;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Embeddables (nested), overridden column by column and through the nested path; element
 * collections of basic values (Set, List with its order, Map with its key column) and of an
 * embeddable.
 */
@Entity
public class Customer {
  @Id
  @GeneratedValue
  private Long id;

  /** Default names: street, city, latitude, longitude. */
  @Embedded
  private Address home;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200)),
      @AttributeOverride(name = "city", column = @Column(name = "billing_city", nullable = false, length = 80)),
      @AttributeOverride(name = "geo.latitude", column = @Column(name = "billing_lat", precision = 8, scale = 5)),
      @AttributeOverride(name = "geo.longitude", column = @Column(name = "billing_lon", precision = 8, scale = 5))})
  private Address billing;

  /** Customer_nicknames(Customer_id, nicknames), keyed by both. */
  @ElementCollection
  private Set<String> nicknames;

  @ElementCollection
  @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
  @Column(name = "phone_number", length = 30, nullable = false)
  @OrderColumn(name = "position")
  private List<String> phones;

  @ElementCollection
  @CollectionTable(name = "customer_attribute")
  @MapKeyColumn(name = "attribute_name", length = 50)
  @Column(name = "attribute_value", length = 500)
  private Map<String, String> attributes;

  /** A Map with default names: Customer_loyaltyPoints(Customer_id, loyaltyPoints_KEY, loyaltyPoints). */
  @ElementCollection
  private Map<String, Integer> loyaltyPoints;

  /** Embeddable elements, one column overridden. */
  @ElementCollection
  @CollectionTable(name = "customer_previous_address")
  @AttributeOverride(name = "street", column = @Column(name = "old_street", length = 150))
  private List<Address> previousAddresses;

  /** Its primitives' columns are nullable. */
  @Embedded
  private Rating rating;

  /** A Set of embeddables whose primitives are nullable: keyed by a unique constraint, not a primary key. */
  @ElementCollection
  private Set<Rating> ratings;
}
