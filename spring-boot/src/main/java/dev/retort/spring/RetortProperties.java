package dev.retort.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retort's settings in a Spring Boot application, under {@code retort.*}. The field comments are
 * the descriptions IDEs show (the configuration processor copies them into the metadata).
 */
@ConfigurationProperties("retort")
public class RetortProperties {

  /** Whether to apply Retort migrations at start-up. */
  private boolean enabled = true;

  /**
   * The revision to upgrade to at start-up: "head" (the default), a revision id or a unique prefix
   * of one. A database already past the target is left as it is: start-up never downgrades.
   */
  private String target = "head";

  /**
   * How long start-up waits for the migration lock while another instance of the application
   * migrates the same database.
   */
  private Duration lockWait = Duration.ofMinutes(1);

  /**
   * How long each migration statement waits for the table and row locks it needs before it gives
   * up (PostgreSQL's lock_timeout, MySQL's and MariaDB's lock wait timeouts, H2's LOCK_TIMEOUT,
   * SQLite's busy_timeout), so that a migration behind a long transaction does not stall every
   * query queued behind it. 0 leaves the database's own setting.
   */
  private Duration tableLockTimeout = Duration.ofSeconds(5);

  /**
   * How many more times a migration that gave up on a table lock, and left nothing applied, is
   * tried before start-up fails.
   */
  private int tableLockRetries = 3;

  /** The pause before each of those tries. */
  private Duration tableLockRetryPause = Duration.ofSeconds(5);

  /** The version table's name; may be qualified with an existing schema ("audit.retort_version"). */
  private String versionTable = "retort_version";

  /**
   * Check the database instead of migrating it: start-up fails, and changes nothing, unless the
   * database is at the target with an intact history. For read-only replicas and for instances
   * that must not change the schema.
   */
  private boolean validateOnly = false;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public Duration getLockWait() {
    return lockWait;
  }

  public void setLockWait(Duration lockWait) {
    this.lockWait = lockWait;
  }

  public Duration getTableLockTimeout() {
    return tableLockTimeout;
  }

  public void setTableLockTimeout(Duration tableLockTimeout) {
    this.tableLockTimeout = tableLockTimeout;
  }

  public int getTableLockRetries() {
    return tableLockRetries;
  }

  public void setTableLockRetries(int tableLockRetries) {
    this.tableLockRetries = tableLockRetries;
  }

  public Duration getTableLockRetryPause() {
    return tableLockRetryPause;
  }

  public void setTableLockRetryPause(Duration tableLockRetryPause) {
    this.tableLockRetryPause = tableLockRetryPause;
  }

  public String getVersionTable() {
    return versionTable;
  }

  public void setVersionTable(String versionTable) {
    this.versionTable = versionTable;
  }

  public boolean isValidateOnly() {
    return validateOnly;
  }

  public void setValidateOnly(boolean validateOnly) {
    this.validateOnly = validateOnly;
  }
}
