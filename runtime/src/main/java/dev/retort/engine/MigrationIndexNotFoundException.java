package dev.retort.engine;

import dev.retort.RetortException;

/** {@link java.util.ServiceLoader} found no {@link dev.retort.MigrationIndex} at all. */
public class MigrationIndexNotFoundException extends RetortException {
  public MigrationIndexNotFoundException(ClassLoader loader) {
    super("No dev.retort.MigrationIndex was found through ServiceLoader (class loader " + loader
        + "). The Retort processor writes one, with META-INF/services/dev.retort.MigrationIndex, "
        + "when it runs on the entities: check that retort-processor is on the annotation "
        + "processor path and that the generated files are packaged, or pass the migrations "
        + "with Migrations.using(dataSource).withMigrations(...). Nothing was changed.");
  }
}
