package dev.retort.graph;

import static dev.retort.graph.RevisionNode.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetsTest {
  private final RevisionGraph linear =
      RevisionGraph.of(List.of(of("1a2b"), of("1a3c", "1a2b"), of("9f00", "1a3c")));
  private final RevisionGraph twoHeads = RevisionGraph.of(List.of(of("a"), of("x", "a"), of("y", "a")));
  private final RevisionGraph diamond =
      RevisionGraph.of(List.of(of("a"), of("b", "a"), of("c", "a"), of("d", "b", "c")));

  @Test
  void keywords() {
    assertThat(Targets.resolve(linear, "head", Set.of())).containsExactly("9f00");
    assertThat(Targets.resolve(linear, "base", Set.of("9f00"))).isEmpty();
    assertThat(Targets.resolve(twoHeads, "heads", Set.of())).containsExactly("x", "y");
  }

  @Test
  void headWithTwoHeadsListsThem() {
    assertThatThrownBy(() -> Targets.resolve(twoHeads, "head", Set.of()))
        .isInstanceOf(AmbiguousRevisionException.class)
        .hasMessageContaining("x, y")
        .hasMessageContaining("merge revision");
  }

  @Test
  void fullIdAndUniquePrefix() {
    assertThat(Targets.resolve(linear, "1a3c", Set.of())).containsExactly("1a3c");
    assertThat(Targets.resolve(linear, "9", Set.of())).containsExactly("9f00");
  }

  @Test
  void ambiguousPrefixListsCandidates() {
    assertThatThrownBy(() -> Targets.resolve(linear, "1a", Set.of()))
        .isInstanceOf(AmbiguousRevisionException.class)
        .hasMessageContaining("1a2b, 1a3c")
        .satisfies(e -> assertThat(((AmbiguousRevisionException) e).candidates()).containsExactly("1a2b", "1a3c"));
  }

  @Test
  void unknownPrefixListsKnownRevisions() {
    assertThatThrownBy(() -> Targets.resolve(linear, "zz", Set.of()))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessageContaining("'zz'")
        .hasMessageContaining("1a2b, 1a3c, 9f00");
  }

  @Test
  void relativeSteps() {
    assertThat(Targets.resolve(linear, "+1", Set.of())).containsExactly("1a2b");
    assertThat(Targets.resolve(linear, "+2", Set.of("1a2b"))).containsExactly("9f00");
    assertThat(Targets.resolve(linear, "-1", Set.of("9f00"))).containsExactly("1a3c");
    assertThat(Targets.resolve(linear, "-3", Set.of("9f00"))).isEmpty();
  }

  @Test
  void relativeStepsBeyondTheEnds() {
    assertThatThrownBy(() -> Targets.resolve(linear, "+2", Set.of("1a3c")))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessageContaining("there is only 1 revision above '1a3c'");
    assertThatThrownBy(() -> Targets.resolve(linear, "-4", Set.of("9f00")))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessageContaining("there are only 3 revisions below '9f00'");
    assertThatThrownBy(() -> Targets.resolve(linear, "+99999999999999999999", Set.of("1a3c")))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessageContaining("there is only 1 revision above '1a3c'");
    assertThatThrownBy(() -> Targets.resolve(linear, "-4294967296", Set.of("9f00")))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessageContaining("there are only 3 revisions below '9f00'");
  }

  @Test
  void relativeStepsAcrossABranchAreAmbiguous() {
    assertThatThrownBy(() -> Targets.resolve(diamond, "+1", Set.of("a")))
        .isInstanceOf(AmbiguousRevisionException.class)
        .hasMessageContaining("b, c");
    assertThatThrownBy(() -> Targets.resolve(diamond, "-1", Set.of("d")))
        .isInstanceOf(AmbiguousRevisionException.class)
        .hasMessageContaining("'d' is a merge");
  }
}
