package dev.retort.processor;

import dev.retort.processor.jpa.Naming;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The processor's options, given as {@code -Aretort.<name>=<value>} to javac (in Maven, under
 * maven-compiler-plugin's {@code compilerArgs}). Every one has a default that suits a standard
 * Maven or Gradle layout; the README lists them.
 *
 * @param mode what to do about a difference between the entities and the snapshot
 * @param sourceDir where migration sources go (default: {@code src/main/java} of the project)
 * @param snapshot the snapshot file (default: {@code src/main/resources/retort/snapshot.json})
 * @param migrationsPackage the package of generated migrations (default: the snapshot's, or the
 *     entities' common package followed by {@code .migrations})
 * @param naming how unnamed tables and columns are named
 * @param message the message of the next generated migration, instead of a derived one
 * @param created the creation time written into a new migration
 * @param allowDataLoss the tables and {@code table.column}s whose data the developer agreed to lose, and
 *     the sequences they agreed to drop while their table moves to a new one
 */
public record ProcessorOptions(
    Mode mode, String sourceDir, String snapshot, String migrationsPackage, Naming.Strategy naming,
    String message, Instant created, java.util.Set<String> allowDataLoss, java.util.List<String> dialects) {

  public static final String MODE = "retort.mode";
  public static final String SOURCE_DIR = "retort.sourceDir";
  public static final String SNAPSHOT = "retort.snapshot";
  public static final String PACKAGE = "retort.package";
  public static final String NAMING = "retort.naming";
  public static final String MESSAGE = "retort.message";
  public static final String CREATED = "retort.created";
  public static final String ALLOW_DATA_LOSS = "retort.allowDataLoss";
  /** The project's database(s), comma separated: each new migration's comment shows its SQL there. */
  public static final String DIALECT = "retort.dialect";

  public static Set<String> names() {
    return Set.of(MODE, SOURCE_DIR, SNAPSHOT, PACKAGE, NAMING, MESSAGE, CREATED, ALLOW_DATA_LOSS, DIALECT);
  }

  /** What the processor does when entities and snapshot differ. */
  public enum Mode {
    /** Write the migration and the new snapshot into the source tree (the default on a workstation). */
    WRITE,
    /** Fail the compile and list the differences (the default when the CI variable is set). */
    CHECK,
    /** Do nothing at all. */
    OFF
  }

  /**
   * Reads the options. {@code environment} is the process environment: {@code CI} switches the
   * default mode to CHECK, {@code RETORT_MESSAGE} gives a message, and {@code SOURCE_DATE_EPOCH}
   * (the reproducible-builds convention) fixes the creation time.
   */
  public static ProcessorOptions parse(Map<String, String> options, Map<String, String> environment) {
    String modeText = options.get(MODE);
    Mode mode;
    if (modeText != null) {
      try {
        mode = Mode.valueOf(modeText.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("-A" + MODE + "=" + modeText + " is not a mode: use write, check or off");
      }
    } else {
      String ci = environment.get("CI");
      mode = ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") ? Mode.CHECK : Mode.WRITE;
    }
    String message = firstNonBlank(options.get(MESSAGE), System.getProperty(MESSAGE), environment.get("RETORT_MESSAGE"));
    Instant created;
    String createdText = options.get(CREATED);
    if (createdText != null) {
      try {
        created = Instant.parse(createdText);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("-A" + CREATED + "=" + createdText + " is not an ISO-8601 instant such as 2026-01-31T12:00:00Z");
      }
    } else if (environment.get("SOURCE_DATE_EPOCH") != null) {
      created = Instant.ofEpochSecond(Long.parseLong(environment.get("SOURCE_DATE_EPOCH").trim()));
    } else {
      created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
    Naming.Strategy naming = options.containsKey(NAMING) ? Naming.Strategy.parse(options.get(NAMING)) : Naming.Strategy.JPA;
    String allow = firstNonBlank(options.get(ALLOW_DATA_LOSS), System.getProperty(ALLOW_DATA_LOSS), environment.get("RETORT_ALLOW_DATA_LOSS"));
    java.util.Set<String> allowDataLoss = new java.util.TreeSet<>();
    if (allow != null) {
      for (String name : allow.split("[,\\s]+")) {
        if (!name.isBlank()) {
          allowDataLoss.add(name.trim());
        }
      }
    }
    return new ProcessorOptions(mode, blankToNull(options.get(SOURCE_DIR)), blankToNull(options.get(SNAPSHOT)),
        blankToNull(options.get(PACKAGE)), naming, message, created, java.util.Set.copyOf(allowDataLoss),
        dialects(options.get(DIALECT)));
  }

  /** The dialect names of {@link #DIALECT}, each checked against the runtime's dialects. */
  private static java.util.List<String> dialects(String text) {
    java.util.List<String> names = new java.util.ArrayList<>();
    if (text != null) {
      for (String name : text.split("[,\\s]+")) {
        if (name.isBlank()) {
          continue;
        }
        try {
          dev.retort.dialect.Dialects.named(name);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("-A" + DIALECT + "=" + text + ": " + e.getMessage());
        }
        if (!names.contains(name.trim())) {
          names.add(name.trim());
        }
      }
    }
    return java.util.List.copyOf(names);
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
