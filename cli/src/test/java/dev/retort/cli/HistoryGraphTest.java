package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code history --graph} and {@code --format mermaid}, on the shapes a history takes. */
class HistoryGraphTest {
  private static final Instant AT = Instant.parse("2026-11-23T16:40:01Z");

  private static HistoryEntry applied(String id, String message, String... parents) {
    return new HistoryEntry(id, List.of(parents), message, null, AT, "sa", Duration.ofMillis(3), false, false);
  }

  private static HistoryEntry current(String id, String message, String... parents) {
    return new HistoryEntry(id, List.of(parents), message, null, AT, "sa", Duration.ofMillis(3), false, true);
  }

  private static HistoryEntry pending(String id, String message, String... parents) {
    return new HistoryEntry(id, List.of(parents), message, null, null, null, null, false, false);
  }

  @Test
  void linear() {
    assertThat(HistoryGraph.draw(List.of(
            applied("a1", "initial"),
            current("a2", "add_member_phone", "a1"),
            pending("a3", "tag_books", "a2")),
        Set.of("a3")))
        .containsExactly(
            "* a3 (head) tag_books  [pending]",
            "* a2 (current) add_member_phone  [applied 2026-11-23T16:40:01Z]",
            "* a1 initial  [applied 2026-11-23T16:40:01Z]");
  }

  @Test
  void diamondBranchAndMerge() {
    assertThat(HistoryGraph.draw(List.of(
            applied("a1", "initial"),
            applied("a2", "add_member_phone", "a1"),
            applied("b2", "add_loan_due", "a1"),
            current("c3", "merge_heads", "a2", "b2")),
        Set.of("c3")))
        .containsExactly(
            "*   c3 (head) (current) merge_heads  [applied 2026-11-23T16:40:01Z]",
            "|\\",
            "| * b2 add_loan_due  [applied 2026-11-23T16:40:01Z]",
            "* | a2 add_member_phone  [applied 2026-11-23T16:40:01Z]",
            "|/",
            "* a1 initial  [applied 2026-11-23T16:40:01Z]");
  }

  @Test
  void twoHeadsNotMergedYet() {
    assertThat(HistoryGraph.draw(List.of(
            applied("a1", "initial"),
            pending("a2", "add_member_phone", "a1"),
            pending("b2", "add_loan_due", "a1")),
        Set.of("a2", "b2")))
        .containsExactly(
            "* b2 (head) add_loan_due  [pending]",
            "| * a2 (head) add_member_phone  [pending]",
            "|/",
            "* a1 initial  [applied 2026-11-23T16:40:01Z]");
  }

  @Test
  void twoBasesJoinedByAMerge() {
    assertThat(HistoryGraph.draw(List.of(
            applied("a1", "library"),
            applied("b1", "billing"),
            applied("m2", "merge_heads", "a1", "b1")),
        Set.of("m2")))
        .containsExactly(
            "*   m2 (head) merge_heads  [applied 2026-11-23T16:40:01Z]",
            "|\\",
            "| * b1 billing  [applied 2026-11-23T16:40:01Z]",
            "* a1 library  [applied 2026-11-23T16:40:01Z]");
  }

  @Test
  void aBranchBesideALongerLine() {
    // a3's line goes on past the branch point of b2
    assertThat(HistoryGraph.draw(List.of(
            applied("a1", "initial"),
            applied("a2", "two", "a1"),
            applied("b2", "side", "a1"),
            applied("a3", "three", "a2")),
        Set.of("a3", "b2")))
        .containsExactly(
            "* a3 (head) three  [applied 2026-11-23T16:40:01Z]",
            "| * b2 (head) side  [applied 2026-11-23T16:40:01Z]",
            "* | a2 two  [applied 2026-11-23T16:40:01Z]",
            "|/",
            "* a1 initial  [applied 2026-11-23T16:40:01Z]");
  }

  @Test
  void mermaidFlowchart() {
    String mermaid = HistoryMermaid.write(List.of(
            applied("a1", "initial"),
            current("a2", "say \"hi\" <b>", "a1"),
            pending("b2", "add_loan_due", "a1"),
            pending("c3", "merge_heads", "a2", "b2")),
        Set.of("c3"));
    assertThat(mermaid).isEqualTo("""
        flowchart TD
          r_a1["a1<br/>initial"]
          r_a2["a2 (current)<br/>say #quot;hi#quot; #lt;b#gt;"]
          r_b2["b2<br/>add_loan_due"]
          r_c3["c3 (head)<br/>merge_heads"]
          r_a1 --> r_a2
          r_a1 --> r_b2
          r_a2 --> r_c3
          r_b2 --> r_c3
          class r_c3 head
          class r_a2 current
          class r_b2,r_c3 pending
          classDef head stroke-width:3px
          classDef current fill:#d4f7d4
          classDef pending stroke-dasharray:5 5
        """);
  }
}
