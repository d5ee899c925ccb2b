package mapping.values;

import java.io.Serializable;

public class EnrollmentId implements Serializable {
  private Long student;

  private String course;
}
