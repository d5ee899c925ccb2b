package dev.retort.processor.codegen;

import java.util.HashSet;
import java.util.List;

/**
 * The migration index: the migration classes of one package, in revision order.
 *
 * @param packageName the package of the migrations ({@code ""} for the unnamed package)
 * @param migrations the simple names of the migration classes in that package, in revision order
 * @param oneHead whether the migrations have exactly one head, which is then the last
 */
public record IndexSpec(String packageName, List<String> migrations, boolean oneHead) {

  /** An index that does not say whether it has one head (the runtime then loads every class to know). */
  public IndexSpec(String packageName, List<String> migrations) {
    this(packageName, migrations, false);
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

  /** The binary names of the migration classes, in revision order. */
  public List<String> classNames() {
    return migrations.stream().map(m -> packageName.isEmpty() ? m : packageName + "." + m).toList();
  }
}
