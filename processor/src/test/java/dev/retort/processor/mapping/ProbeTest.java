package dev.retort.processor.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "probe.model", matches = ".+")
class ProbeTest {
  @Test
  void probe() throws Exception {
    String model = System.getProperty("probe.model", "types");
    if (Boolean.getBoolean("probe.hibernateOnly")) {
      Path root = Files.createTempDirectory("probe");
      ModelCompiler.Output out = new ModelCompiler.Output(root, root.resolve("src"), root.resolve("s.json"), root.resolve("classes"), "x");
      ModelCompiler.javac(ModelCompiler.javaFiles(ModelCompiler.fixtureDir(model)), out.classes(), root.resolve("gen"), out, "off", null)
          .requireSuccess("compile");
      try (LoadedModel loaded = new LoadedModel(out); TestDatabase.Instance db = TestDatabase.h2().fresh("probe")) {
        HibernateOracle.create(db.dataSource(), loaded, HibernateOracle.Naming.JPA, root.resolve("h.sql"));
        System.out.println(Files.readString(root.resolve("h.sql")));
        System.out.println(SchemaComparison.describe(DbSchema.read(db.dataSource()).tables()));
      }
      return;
    }
    Oracle.Run run;
    try {
      run = Oracle.run(model, TestDatabase.h2());
    } catch (AssertionError e) {
      System.out.println(e.getMessage());
      throw e;
    }
    System.out.println(run.migrationSource());
    System.out.println(run.hibernateScript());
    run.differences().forEach(d -> System.out.println("DIFF " + d));
  }
}
