package mapping.hierarchy;

import jakarta.persistence.*;

/** TABLE_PER_CLASS: an abstract root has no table. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Animal {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  private String name;
}
