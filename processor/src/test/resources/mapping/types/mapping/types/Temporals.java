package mapping.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;

/** Every date and time type JPA 3.2 lists, old and new. */
@Entity
public class Temporals {
  @Id
  private Long id;

  private LocalDate localDate;
  private LocalTime timeOfDay;
  private OffsetTime alarm;
  private LocalDateTime localDateTime;
  private OffsetDateTime offsetDateTime;
  private ZonedDateTime zonedDateTime;
  private Instant instant;
  private Duration duration;
  private Year vintage;

  @Temporal(TemporalType.DATE)
  private Date utilDate;

  @Temporal(TemporalType.TIME)
  private Date utilTime;

  @Temporal(TemporalType.TIMESTAMP)
  private Date utilTimestamp;

  @Temporal(TemporalType.DATE)
  private Calendar calendarDate;

  @Temporal(TemporalType.TIMESTAMP)
  private Calendar calendarTimestamp;

  private java.sql.Date sqlDate;
  private java.sql.Time sqlTime;
  private java.sql.Timestamp sqlTimestamp;
}
