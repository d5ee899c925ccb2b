package mapping.values;

import jakarta.persistence.Embeddable;

/**
 * Primitives in an embeddable: nullable, as Hibernate maps them (its primitive rule covers only the
 * entity's own attributes: a null embeddable leaves them empty).
 */
@Embeddable
public class Rating {
  private int stars;

  private boolean verified;
}
