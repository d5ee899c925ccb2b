package mapping.values;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

/** @JoinColumns to a composite key, in the other order than the key's, and one by default names. */
@Entity
public class Certificate {
  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumns(value = {
      @JoinColumn(name = "enrolled_course", referencedColumnName = "course"),
      @JoinColumn(name = "enrolled_student", referencedColumnName = "student")},
      foreignKey = @ForeignKey(name = "fk_certificate_enrollment"))
  private Enrollment enrollment;

  @ManyToOne
  private Enrollment previous;
}
