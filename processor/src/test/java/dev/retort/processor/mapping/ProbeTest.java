package dev.retort.processor.mapping;

import dev.retort.testing.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A tool for writing models, not a test: {@code -Dprobe.model=<model>} prints what Retort and
 * Hibernate make of it ({@code -Dprobe.database=postgresql}, {@code -Dprobe.naming=snake_case},
 * {@code -Dprobe.hibernateOnly=true} for Hibernate's DDL alone).
 */
@EnabledIfSystemProperty(named = "probe.model", matches = ".+")
class ProbeTest {
  @Test
  void probe() throws Exception {
    String model = System.getProperty("probe.model");
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
