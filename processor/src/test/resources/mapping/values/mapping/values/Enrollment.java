package mapping.values;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** An @IdClass key of two basic attributes. */
@Entity
@IdClass(EnrollmentId.class)
public class Enrollment {
  @Id
  private Long student;

  @Id
  @Column(length = 20)
  private String course;

  private int grade;
}
