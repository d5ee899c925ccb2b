package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.op.Operations;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** {@link Progress}: rows done, rate and time left in the log, at most once per interval. */
class ProgressTest {
  private long now;
  private final List<String> lines = new ArrayList<>();

  private Progress progress(long total) {
    return new Progress("backfill member status", total, () -> now, lines::add);
  }

  @Test
  void reportsRowsRateShareAndTimeLeftOncePerInterval() {
    Progress progress = progress(5_000_000);
    now += 5_000_000_000L;
    progress.add(200_000); // 5 s: not yet
    now += 25_000_000_000L;
    progress.add(1_000_000); // 30 s: 1.2 M at 40,000 rows/s
    now += 1_000_000_000L;
    progress.add(40_000); // 1 s after the last report: not yet
    assertThat(lines).containsExactly(
        "backfill member status: 1,200,000 of 5,000,000 rows (24%), 40,000 rows/s, about 1 min 35 s left");
    now += 94_000_000_000L;
    progress.add(3_760_000);
    progress.finish();
    assertThat(lines).hasSize(3).last()
        .isEqualTo("backfill member status: 5,000,000 rows in 2 min 5 s (40,000 rows/s)");
    assertThat(progress.done()).isEqualTo(5_000_000);
  }

  @Test
  void withoutATotalItReportsRowsAndRate() {
    Progress progress = progress(-1).every(Duration.ofSeconds(1));
    now += 2_000_000_000L;
    progress.add(3_000);
    assertThat(lines).containsExactly("backfill member status: 3,000 rows, 1,500 rows/s");
  }

  @Test
  void durations() {
    assertThat(Progress.duration(850_000_000L)).isEqualTo("850 ms");
    assertThat(Progress.duration(12_400_000_000L)).isEqualTo("12 s");
    assertThat(Progress.duration(95_000_000_000L)).isEqualTo("1 min 35 s");
    assertThat(Progress.duration(7_500_000_000_000L)).isEqualTo("2 h 5 min");
  }

  /** A data migration in batches, run by the engine, reports through Retort's log. */
  @Revision(id = "p0001", message = "members with a status")
  public static final class Backfill extends Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("CREATE TABLE member (id INT PRIMARY KEY, status VARCHAR(10))");
      op.sql("INSERT INTO member SELECT x, NULL FROM SYSTEM_RANGE(1, 2500)");
      op.jdbc("backfill member status", connection -> {
        Progress progress = Progress.of("backfill member status", 2500).every(Duration.ZERO);
        int updated;
        do {
          try (Statement st = connection.createStatement()) {
            updated = st.executeUpdate("UPDATE member SET status = 'ACTIVE' WHERE id IN "
                + "(SELECT id FROM member WHERE status IS NULL ORDER BY id FETCH FIRST 1000 ROWS ONLY)");
          }
          progress.add(updated);
        } while (updated > 0);
        progress.finish();
      });
    }
  }

  @Test
  void aDataMigrationReportsThroughTheLog() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8)); // where slf4j-simple writes
    try {
      Migrations.using(h2).withMigrations(List.of(new Backfill())).upgradeToHead();
    } finally {
      System.setErr(err);
    }
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("backfill member status: 1,000 of 2,500 rows (40%), ")
        .contains("backfill member status: 2,000 of 2,500 rows (80%), ")
        .containsPattern("backfill member status: 2,500 rows in \\d+ (ms|s) \\([\\d,]+ rows/s\\)");
    try (Connection c = h2.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM member WHERE status = 'ACTIVE'")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(2500);
    }
  }
}
