package dev.retort.processor.codegen;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The migration index: the migration classes of one package, in revision order.
 *
 * @param packageName the package of the migrations ({@code ""} for the unnamed package)
 * @param migrations the simple names of the migration classes in that package, in revision order
 * @param head the migrations' one head, which is then the last class; null when they have several
 *     heads, or when the caller does not say (the runtime then loads every class to know)
 */
public record IndexSpec(String packageName, List<String> migrations, Head head) {

  /**
   * The one head: its revision id and its parents' ids, which the list repeats so that a start
   * on an up-to-date database needs no migration class at all.
   */
  public record Head(String revision, List<String> parents) {
    public Head {
      Objects.requireNonNull(revision, "revision");
      parents = List.copyOf(parents);
    }
  }

  /** An index that does not say whether it has one head. */
  public IndexSpec(String packageName, List<String> migrations) {
    this(packageName, migrations, null);
  }

  public IndexSpec {
    JavaNames.requirePackage(packageName);
    migrations = List.copyOf(migrations);
    for (String migration : migrations) {
      JavaNames.requireSimpleName(migration, "migration class name");
    }
    if (new HashSet<>(migrations).size() != migrations.size()) {
      throw new IllegalArgumentException("the index lists a class twice: " + migrations);
    }
  }

  /** Whether the migrations have exactly one head, the last class. */
  public boolean oneHead() {
    return head != null;
  }

  /** The binary names of the migration classes, in revision order. */
  public List<String> classNames() {
    return migrations.stream().map(m -> packageName.isEmpty() ? m : packageName + "." + m).toList();
  }
}
