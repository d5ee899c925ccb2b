package dev.retort.engine;

import dev.retort.RetortException;

/** No migration list ({@code META-INF/services/dev.retort.Migration}) and no {@link dev.retort.MigrationIndex} was found. */
public class MigrationIndexNotFoundException extends RetortException {
  public MigrationIndexNotFoundException(ClassLoader loader) {
    super("No migrations were found: no META-INF/services/dev.retort.Migration and no dev.retort.MigrationIndex "
        + "service on the class path (class loader " + loader + "). The Retort processor writes that list "
        + "when it runs on the entities: check that retort-processor is on the annotation "
        + "processor path and that the generated files are packaged, or pass the migrations "
        + "with Migrations.using(dataSource).withMigrations(...). Nothing was changed.");
  }
}
