package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.Revision;
import dev.retort.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Coming from Flyway, Liquibase or Alembic" and "The Maven plugin" sections name
 * only commands, options, goals, properties and methods that exist: a renamed verb or goal fails
 * here until the README follows.
 */
class ReadmeCommandsTest {
  private static final Set<String> VERBS =
      Set.of("upgrade", "downgrade", "current", "history", "heads", "stamp", "check", "revision", "merge");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();

  @Test
  void theCommandTableNamesRealVerbsOptionsGoalsAndMethods() throws IOException {
    List<String> retortColumn = new ArrayList<>();
    for (String row : section("### Their commands in Retort").lines().filter(l -> l.startsWith("| ")).skip(2).toList()) {
      String[] cells = row.split("\\|");
      retortColumn.add(cells[cells.length - 1]);
    }
    assertThat(retortColumn).hasSizeGreaterThan(10);
    int checked = 0;
    for (String cell : retortColumn) {
      Matcher m = CODE.matcher(cell);
      while (m.find()) {
        checked += check(m.group(1)) ? 1 : 0;
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void thePluginSectionNamesRealGoalsAndProperties() throws IOException {
    String text = section("## The Maven plugin");
    String descriptor = Files.readString(Path.of(System.getProperty("basedir", ""), "target/classes/META-INF/maven/plugin.xml"));
    Matcher goals = Pattern.compile("retort:([a-z]+)").matcher(text);
    int found = 0;
    while (goals.find()) {
      assertThat(descriptor).as("goal %s", goals.group(1)).contains("<goal>" + goals.group(1) + "</goal>");
      found++;
    }
    Matcher properties = Pattern.compile("-Dretort\\.([a-zA-Z]+)=").matcher(text);
    while (properties.find()) {
      assertThat(descriptor).as("property retort.%s", properties.group(1)).contains("${retort." + properties.group(1) + "}");
      found++;
    }
    Matcher listed = Pattern.compile("`([a-zA-Z]+)`").matcher(text.substring(text.indexOf("Every parameter is also")));
    while (listed.find() && !listed.group(1).equals("check")) {
      assertThat(descriptor).as("parameter %s", listed.group(1)).contains("${retort." + listed.group(1) + "}");
      found++;
    }
    assertThat(found).isGreaterThan(25);
  }

  /** Checks one code fragment of the table; false when it is not a command, goal or method. */
  private static boolean check(String fragment) {
    String code = fragment.replace("<revision>", "ae10");
    if (code.startsWith("retort:")) {
      assertThat(goalsOfThisPlugin()).as(code).contains(code.substring("retort:".length()));
      return true;
    }
    Matcher call = Pattern.compile("^(Migrations|Migrator)\\.([a-zA-Z]+)\\(").matcher(code);
    if (call.find()) {
      Class<?> type = call.group(1).equals("Migrator") ? Migrator.class : Migrations.class;
      assertThat(Arrays.stream(type.getMethods()).map(Method::getName)).as(code).contains(call.group(2));
      return true;
    }
    if (code.startsWith("@Revision(")) {
      String member = code.substring("@Revision(".length()).split("[ =]")[0];
      assertThat(Arrays.stream(Revision.class.getDeclaredMethods()).map(Method::getName)).as(code).contains(member);
      return true;
    }
    String[] words = code.split(" ");
    if (!VERBS.contains(words[0])) {
      return false;
    }
    String help = help(words[0]);
    for (String word : words) {
      if (word.startsWith("-") && !word.matches("-\\d+")) {
        assertThat(help).as("%s: option %s", code, word).contains(word);
      }
    }
    return true;
  }

  private static List<String> goalsOfThisPlugin() {
    return List.of("upgrade", "downgrade", "current", "history", "heads", "stamp", "sql", "check");
  }

  /** The verb's help: it exists when the command line prints it and exits with 0. */
  private static String help(String verb) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {verb, "--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    assertThat(status).as("retort %s --help: %s", verb, err).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String section(String heading) throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("\n" + heading + "\n");
    assertThat(start).as("README section %s", heading).isNotNegative();
    int level = heading.indexOf(' ');
    int end = readme.length();
    Matcher next = Pattern.compile("\n#{1," + level + "} ").matcher(readme);
    if (next.find(start + heading.length() + 1)) {
      end = next.start();
    }
    return readme.substring(start, end);
  }
}
