package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code retort history --graph} and {@code --format mermaid} on a database, through the command line. */
class HistoryCommandGraphTest {
  private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  @Test
  void graphAndMermaid() {
    assertThat(Cli.run("upgrade", "+2", "--url", url).exitCode()).isZero();

    Cli.Result graph = Cli.run("history", "--graph", "--url", url);

    assertThat(graph.exitCode()).isZero();
    assertThat(graph.out().lines().toList()).hasSize(3).allMatch(line -> line.startsWith("* "));
    assertThat(graph.out()).containsPattern("^\\* 3c0003 \\(head\\) .*  \\[pending\\]\n")
        .containsPattern("\n\\* \\w+ \\(current\\) .*  \\[applied ");

    Cli.Result mermaid = Cli.run("history", "--format", "mermaid", "--url", url);
    assertThat(mermaid.exitCode()).isZero();
    assertThat(mermaid.out()).startsWith("flowchart TD\n").contains(" --> r_3c0003\n").contains("class r_3c0003 pending\n");

    Cli.Result wrong = Cli.run("history", "--format", "svg", "--url", url);
    assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrong.err()).contains("--format=svg is not a format: use text or mermaid.");
  }
}
