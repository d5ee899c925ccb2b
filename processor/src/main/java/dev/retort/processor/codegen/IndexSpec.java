package dev.retort.processor.codegen;

import java.util.HashSet;
import java.util.List;

/**
 * The generated migration index: its package and name, and the migration classes it lists.
 *
 * @param packageName the package of the index and of the migrations ({@code ""} for the unnamed
 *     package)
 * @param className the index's simple name, for example {@code RetortMigrationIndex}
 * @param migrations the simple names of the migration classes in that package, in revision order
 */
public record IndexSpec(String packageName, String className, List<String> migrations) {

  public IndexSpec {
    JavaNames.requirePackage(packageName);
    JavaNames.requireSimpleName(className, "index class name");
    migrations = List.copyOf(migrations);
    for (String migration : migrations) {
      JavaNames.requireSimpleName(migration, "migration class name");
    }
    if (new HashSet<>(migrations).size() != migrations.size() || migrations.contains(className)) {
      throw new IllegalArgumentException(
          "index " + className + " lists a class twice or lists itself: " + migrations);
    }
  }

  /** The index's fully qualified name, as the service file names it. */
  public String qualifiedName() {
    return packageName.isEmpty() ? className : packageName + "." + className;
  }
}
