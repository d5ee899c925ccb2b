package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.HistoryEntry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How {@code history} shows a revision whose row says it failed partway: neither applied nor pending. */
class PrintTest {
  private static final HistoryEntry FAILED =
      new HistoryEntry("3c0003", List.of("2b0002"), "index_author_name", null, null, null, null, false, false, true);

  @Test
  void aRevisionThatFailedPartwayIsShownAsSuch() {
    assertThat(FAILED.pending()).isFalse();
    assertThat(Print.status(FAILED)).isEqualTo("failed partway");

    StringWriter out = new StringWriter();
    Print.verbose(new PrintWriter(out, true), FAILED, Set.of("3c0003"), true);
    assertThat(out.toString()).contains("Applied: failed partway (the next upgrade says what to do)");
  }
}
