package dev.retort.processor.mapping;

import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A tool for writing oracle models, not a test (so the test run neither runs nor skips it): prints
 * what Retort and Hibernate make of a model under {@code src/test/resources/mapping}.
 *
 * <pre>
 * mvn -q -pl processor -am test-compile
 * mvn -q -pl processor dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -Dprobe.model=blog [-Dprobe.database=postgresql] [-Dprobe.naming=snake_case] [-Dprobe.hibernateOnly=true] \
 *     -cp processor/target/test-classes:processor/target/classes:$(cat processor/target/test.classpath) \
 *     dev.retort.processor.mapping.ModelProbe
 * </pre>
 *
 * {@code probe.hibernateOnly} prints Hibernate's DDL alone.
 */
final class ModelProbe {
  private ModelProbe() {}

  public static void main(String[] args) throws Exception {
    String model = System.getProperty("probe.model");
    if (model == null || model.isBlank()) {
      System.err.println("Set -Dprobe.model=<a model under src/test/resources/mapping>.");
      System.exit(2);
    }
    Database database = Database.valueOf(System.getProperty("probe.database", "H2").toUpperCase(Locale.ROOT));
    HibernateOracle.Naming naming = HibernateOracle.Naming.valueOf(System.getProperty("probe.naming", "JPA").toUpperCase(Locale.ROOT));
    if (Boolean.getBoolean("probe.hibernateOnly")) {
      Path root = Files.createTempDirectory("probe");
      ModelCompiler.Output out = new ModelCompiler.Output(root, root.resolve("src"), root.resolve("s.json"), root.resolve("classes"), "x");
      ModelCompiler.javac(ModelCompiler.javaFiles(ModelCompiler.fixtureDir(model)), out.classes(), root.resolve("gen"), out, "off", null)
          .requireSuccess("compile");
      try (LoadedModel loaded = new LoadedModel(out); TestDatabase db = TestDatabases.fresh(database, "probe")) {
        HibernateOracle.create(db.dataSource(), loaded, naming, root.resolve("h.sql"));
        System.out.println(Files.readString(root.resolve("h.sql")));
        System.out.println(SchemaComparison.describe(DbSchema.read(db.dataSource()).tables()));
      }
      return;
    }
    Oracle.Run run;
    try {
      run = Oracle.run(model, database, naming);
    } catch (AssertionError e) {
      System.out.println(e.getMessage());
      throw e;
    }
    System.out.println(run.migrationSource());
    System.out.println(run.hibernateScript());
    run.differences().forEach(d -> System.out.println("DIFF " + d));
  }
}
