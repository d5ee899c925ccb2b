package mapping.hierarchy;

import jakarta.persistence.*;

/** A generic mapped superclass: the key's type comes from the subclass. */
@MappedSuperclass
public abstract class BaseEntity<K> {
  @Id
  private K id;

  @Version
  private long version;
}
