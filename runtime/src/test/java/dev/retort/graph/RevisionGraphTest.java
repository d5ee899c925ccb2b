package dev.retort.graph;

import static dev.retort.graph.RevisionNode.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

  @Test
  void linear() {
    RevisionGraph g = RevisionGraph.of(List.of(of("c", "b"), of("a"), of("b", "a")));
    assertThat(g.heads()).containsExactly("c");
    assertThat(g.bases()).containsExactly("a");
    assertThat(g.topologicalOrder()).containsExactly("a", "b", "c");
    assertThat(g.ancestors(List.of("c"))).containsExactlyInAnyOrder("a", "b");
    assertThat(g.descendants(List.of("a"))).containsExactlyInAnyOrder("b", "c");
    assertThat(g.upgradePath(Set.of("a"), Set.of("c"))).containsExactly("b", "c");
    assertThat(g.upgradePath(Set.of(), Set.of("c"))).containsExactly("a", "b", "c");
    assertThat(g.downgradePath(Set.of("a", "b", "c"), Set.of("a"))).containsExactly("c", "b");
    assertThat(g.downgradePath(Set.of("a", "b", "c"), Set.of())).containsExactly("c", "b", "a");
    assertThat(g.headsOf(Set.of("a", "b"))).containsExactly("b");
  }

  @Test
  void diamond() {
    // a -> b, a -> c, d merges b and c
    RevisionGraph g = RevisionGraph.of(List.of(of("d", "c", "b"), of("c", "a"), of("b", "a"), of("a")));
    assertThat(g.heads()).containsExactly("d");
    assertThat(g.bases()).containsExactly("a");
    assertThat(g.children("a")).containsExactly("b", "c");
    assertThat(g.topologicalOrder()).containsExactly("a", "b", "c", "d");
    assertThat(g.ancestors(List.of("d"))).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(g.upgradePath(Set.of("a", "c"), Set.of("d"))).containsExactly("b", "d");
    assertThat(g.downgradePath(Set.of("a", "b", "c", "d"), Set.of("b"))).containsExactly("d", "c");
    assertThat(g.headsOf(Set.of("a", "b", "c"))).containsExactly("b", "c");
  }

  @Test
  void twoHeads() {
    RevisionGraph g = RevisionGraph.of(List.of(of("a"), of("y", "a"), of("x", "a")));
    assertThat(g.heads()).containsExactly("x", "y");
    assertThat(g.topologicalOrder()).containsExactly("a", "x", "y");
    assertThat(g.upgradePath(Set.of(), g.heads())).containsExactly("a", "x", "y");
  }

  @Test
  void twoBases() {
    RevisionGraph g = RevisionGraph.of(List.of(of("m", "b2", "b1"), of("b2"), of("b1")));
    assertThat(g.bases()).containsExactly("b1", "b2");
    assertThat(g.heads()).containsExactly("m");
    assertThat(g.topologicalOrder()).containsExactly("b1", "b2", "m");
  }

  @Test
  void tieBreakIsByIdNotByInsertionOrder() {
    RevisionGraph one = RevisionGraph.of(List.of(of("r"), of("q", "r"), of("p", "r"), of("z", "p")));
    RevisionGraph two = RevisionGraph.of(List.of(of("z", "p"), of("p", "r"), of("q", "r"), of("r")));
    assertThat(one.topologicalOrder()).containsExactly("r", "p", "q", "z");
    assertThat(two.topologicalOrder()).isEqualTo(one.topologicalOrder());
  }

  @Test
  void cycle() {
    assertThatThrownBy(() -> RevisionGraph.of(List.of(of("a"), of("b", "a", "d"), of("c", "b"), of("d", "c"))))
        .isInstanceOf(RevisionCycleException.class)
        .hasMessageContaining("b -> d -> c -> b")
        .satisfies(e -> assertThat(((RevisionCycleException) e).cycle()).containsExactly("b", "d", "c", "b"));
  }

  @Test
  void selfCycle() {
    assertThatThrownBy(() -> RevisionGraph.of(List.of(of("a", "a"))))
        .isInstanceOf(RevisionCycleException.class)
        .hasMessageContaining("a -> a");
  }

  @Test
  void missingParent() {
    assertThatThrownBy(() -> RevisionGraph.of(List.of(of("a"), of("b", "gone"))))
        .isInstanceOf(MissingParentException.class)
        .hasMessageContaining("'b' follows 'gone'")
        .satisfies(e -> assertThat(((MissingParentException) e).parent()).isEqualTo("gone"));
  }

  @Test
  void duplicateId() {
    assertThatThrownBy(() -> RevisionGraph.of(List.of(of("a"), of("a"))))
        .isInstanceOf(DuplicateRevisionException.class)
        .hasMessageContaining("'a'");
  }

  @Test
  void parentListedTwice() {
    assertThatThrownBy(() -> RevisionGraph.of(List.of(of("a"), of("b", "a", "a"))))
        .isInstanceOf(RevisionGraphException.class)
        .hasMessageContaining("lists a parent twice");
  }

  @Test
  void empty() {
    RevisionGraph g = RevisionGraph.of(List.of());
    assertThat(g.heads()).isEmpty();
    assertThat(g.bases()).isEmpty();
    assertThat(g.topologicalOrder()).isEmpty();
  }
}
