package mapping.hierarchy;

import jakarta.persistence.*;
import java.time.Instant;

/** A mapped superclass extending another. */
@MappedSuperclass
public abstract class Audited<K> extends BaseEntity<K> {
  @Column(nullable = false)
  private Instant createdAt;

  private String createdBy;
}
