package dev.retort.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps a generated migration from losing data or building on a history that is not what it
 * seems: the data-loss guard and its acknowledgement, the replay of the migrations against the
 * snapshot, and the merge of two branches.
 */
class ChangeSafetyTest {
  private static final String PKG = "com.example.library.migrations";
  private static final String BOOK = "com/example/library/Book.java";

  @Test
  void droppingAFieldIsRefusedOnTheEntityUntilAcknowledgedByName(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    String snapshot = project.snapshotText();
    project.edit(BOOK, "  private String title;\n", "");

    Compilation refused = project.compile();

    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("[retort:destructive] Dropping column Book.title deletes its value in every row")
        .inFile(file(refused, "Book.java")).onLineContaining("public class Book");
    assertThat(refused).hadErrorContaining("-Aretort.allowDataLoss=Book.title");
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java");
    assertThat(project.snapshotText()).isEqualTo(snapshot);

    Compilation acknowledged = project.compile("-Aretort.allowDataLoss=Book.title");

    assertThat(acknowledged).succeeded();
    assertThat(project.migrations(PKG)).containsKey("V0002_DropBookTitle.java");
    assertThat(project.migrations(PKG).get("V0002_DropBookTitle.java"))
        .contains("op.dropColumn(\"Book\", col(\"title\", varchar(255)));")
        .contains("op.addColumn(\"Book\", col(\"title\", varchar(255)));");
  }

  @Test
  void narrowingAColumnIsRefusedOnTheField(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    project.edit("com/example/library/Member.java", "@Column(nullable = false, length = 120)", "@Column(nullable = false, length = 60)");

    Compilation refused = project.compile();

    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("Changing members.name from varchar(120) to varchar(60) can cut or reject the values already stored")
        .inFile(file(refused, "Member.java")).onLineContaining("private String name;");
  }

  @Test
  void aNotNullColumnWithoutDefaultOnAnExistingTableIsRefusedWithWhatToAdd(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    project.edit(BOOK, "private String title;", "private String title;\n\n  private int pages;");

    Compilation refused = project.compile();

    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("[retort:destructive] Column Book.pages is NOT NULL, and table Book may already have rows")
        .inFile(file(refused, "Book.java")).onLineContaining("private int pages;");
    assertThat(refused).hadErrorContaining("@DefaultValue");
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java");
  }

  @Test
  void aDiscriminatorAddedToAnExistingTableIsRefusedOnTheRootUntilAcknowledged(@TempDir Path tmp) throws Exception {
    // an entity without @Inheritance gets its first subclass: its table is now a SINGLE_TABLE
    // hierarchy's and needs DTYPE, NOT NULL, for rows already there too (the same migration as the
    // one that follows an older Retort that left DTYPE out of such a hierarchy)
    Fixture project = new Fixture("library", tmp);
    project.add("com/example/library/Item.java", """
        package com.example.library;

        import jakarta.persistence.*;

        @Entity
        public class Item {
          @Id
          private Long id;
        }
        """);
    assertThat(project.compile()).succeeded();
    project.add("com/example/library/RareItem.java", """
        package com.example.library;

        import jakarta.persistence.*;

        @Entity
        public class RareItem extends Item {
          private String provenance;
        }
        """);
    String snapshot = project.snapshotText();

    Compilation refused = project.compile();

    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("[retort:destructive] Table Item already exists, and its hierarchy now needs "
        + "the discriminator column DTYPE (an entity with entity subclasses is SINGLE_TABLE unless @Inheritance says otherwise)")
        .inFile(file(refused, "Item.java")).onLineContaining("public class Item");
    assertThat(refused).hadErrorContaining("NOT NULL (one of 'Item', 'RareItem')");
    assertThat(refused).hadErrorContaining("Retort cannot tell which class a row already in Item belongs to");
    assertThat(refused).hadErrorContaining("-Aretort.allowDataLoss=Item.DTYPE");
    assertThat(refused).hadErrorContaining("op.sql(\"UPDATE Item SET DTYPE = 'Item' WHERE ...\")");
    assertThat(refused.errors()).noneMatch(e -> e.getMessage(null).contains("@DefaultValue"));
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java");
    assertThat(project.snapshotText()).isEqualTo(snapshot);

    Compilation acknowledged = project.compile("-Aretort.allowDataLoss=Item.DTYPE");

    assertThat(acknowledged).succeeded();
    String migration = project.migrations(PKG).entrySet().stream().filter(m -> m.getKey().startsWith("V0002_"))
        .map(Map.Entry::getValue).findFirst().orElseThrow();
    assertThat(migration).contains("op.addColumn(\"Item\", col(\"DTYPE\", varchar(31)).notNull());")
        .contains("DTYPE in ('Item','RareItem')");
  }

  @Test
  void theDiscriminatorOfASingleTableEntityWithoutSubclassesIsDroppedOnceAcknowledged(@TempDir Path tmp) throws Exception {
    // explicit SINGLE_TABLE, no subclasses: with @DiscriminatorColumn it has DTYPE (as an older
    // Retort gave it without one, the same snapshot); without, Hibernate maps none and writes none
    Fixture project = new Fixture("library", tmp);
    project.add("com/example/library/Solo.java", """
        package com.example.library;

        import jakarta.persistence.*;

        @Entity
        @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
        @DiscriminatorColumn
        public class Solo {
          @Id
          private Long id;
        }
        """);
    assertThat(project.compile()).succeeded();
    assertThat(project.snapshotText()).contains("DTYPE in ('Solo')");
    project.edit("com/example/library/Solo.java", "@DiscriminatorColumn\n", "");
    String snapshot = project.snapshotText();

    Compilation refused = project.compile();

    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("[retort:destructive] Dropping column Solo.DTYPE: Solo is SINGLE_TABLE without "
        + "entity subclasses or @DiscriminatorColumn, for which Hibernate maps no discriminator and writes none")
        .inFile(file(refused, "Solo.java")).onLineContaining("public class Solo");
    assertThat(refused).hadErrorContaining("Dropping it loses nothing: its check let it hold only Solo's own value, 'Solo', in every row");
    assertThat(refused).hadErrorContaining("-Aretort.allowDataLoss=Solo.DTYPE");
    assertThat(refused.errors()).noneMatch(e -> e.getMessage(null).contains("deletes its value in every row")
        || e.getMessage(null).contains("@RenamedFrom"));
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java");
    assertThat(project.snapshotText()).isEqualTo(snapshot);

    Compilation acknowledged = project.compile("-Aretort.allowDataLoss=Solo.DTYPE");

    assertThat(acknowledged).succeeded();
    String migration = project.migrations(PKG).entrySet().stream().filter(m -> m.getKey().startsWith("V0002_"))
        .map(Map.Entry::getValue).findFirst().orElseThrow();
    assertThat(migration).contains("op.dropColumn(\"Solo\", col(\"DTYPE\", varchar(31)).notNull());");
    assertThat(project.snapshotText()).doesNotContain("DTYPE");
  }

  @Test
  void aDroppedFieldNamedDtypeOnAnEntityWithoutSubclassesKeepsTheGenericMessage(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    project.add("com/example/library/Solo.java", """
        package com.example.library;

        import jakarta.persistence.*;

        @Entity
        public class Solo {
          @Id
          private Long id;

          private String DTYPE;
        }
        """);
    assertThat(project.compile()).succeeded();
    project.edit("com/example/library/Solo.java", "  private String DTYPE;\n", "");

    Compilation refused = project.compile();

    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("Dropping column Solo.DTYPE deletes its value in every row");
  }

  private static final String SHELF = "com/example/library/Shelf.java";
  private static final String SHELF_SOURCE = """
      package com.example.library;

      import jakarta.persistence.*;

      @Entity
      public class Shelf {
        @Id
        @GeneratedValue
        private Long id;

        private String label;
      }
      """;

  @Test
  void renamingAnEntityWhoseIdsComeFromItsSequenceIsRefusedUntilTheIdKeepsTheOldSequence(@TempDir Path tmp)
      throws Exception {
    Fixture project = new Fixture("library", tmp);
    project.add(SHELF, SHELF_SOURCE);
    assertThat(project.compile()).succeeded();
    // a class renamed from Shelf to Rack: the entity name, so the table and <entity>_SEQ, follow it
    project.edit(SHELF, "@Entity\npublic class Shelf {", "@Entity(name = \"Rack\")\n@dev.retort.RenamedFrom(\"Shelf\")\npublic class Shelf {");

    Compilation refused = project.compile();

    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("[retort:destructive] Table Rack already exists, but its ids would now come "
        + "from the new sequence Rack_SEQ, while this migration drops sequence Shelf_SEQ: Rack_SEQ starts at 1, so the "
        + "next insert would reuse an id a row already has")
        .inFile(file(refused, "Shelf.java")).onLineContaining("public class Shelf");
    assertThat(refused).hadErrorContaining("put @SequenceGenerator(name = \"Shelf_SEQ\", sequenceName = \"Shelf_SEQ\", "
        + "allocationSize = 50) on the id");
    assertThat(refused).hadErrorContaining("-Aretort.allowDataLoss=Shelf_SEQ");
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java");

    // the fix the message gives: the table is renamed and its ids go on from the existing sequence
    project.edit(SHELF, "@GeneratedValue\n", "@GeneratedValue\n  @SequenceGenerator(name = \"Shelf_SEQ\", sequenceName = \"Shelf_SEQ\", allocationSize = 50)\n");
    Compilation kept = project.compile();

    assertThat(kept).succeeded();
    String migration = project.migrations(PKG).values().stream().filter(m -> m.contains("V0002_")).findFirst().orElseThrow();
    assertThat(migration).contains("op.renameTable(\"Shelf\", \"Rack\");").doesNotContain("Sequence(");
  }

  @Test
  void changingTheSequenceNameOfAnExistingTableIsRefusedUntilAcknowledged(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    project.add(SHELF, SHELF_SOURCE.replace("@GeneratedValue\n",
        "@GeneratedValue\n  @SequenceGenerator(sequenceName = \"shelf_ids\", initialValue = 1000, allocationSize = 10)\n"));
    assertThat(project.compile()).succeeded();
    project.edit(SHELF, "sequenceName = \"shelf_ids\"", "sequenceName = \"shelf_numbers\"");

    Compilation refused = project.compile();

    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("[retort:destructive] Table Shelf already exists, but its ids would now come "
        + "from the new sequence shelf_numbers, while this migration drops sequence shelf_ids: shelf_numbers starts at 1000")
        .inFile(file(refused, "Shelf.java")).onLineContaining("public class Shelf");
    assertThat(refused).hadErrorContaining("@SequenceGenerator(name = \"shelf_ids\", sequenceName = \"shelf_ids\", "
        + "initialValue = 1000, allocationSize = 10)");
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java");

    Compilation acknowledged = project.compile("-Aretort.allowDataLoss=shelf_ids");

    assertThat(acknowledged).succeeded();
    String migration = project.migrations(PKG).values().stream().filter(m -> m.contains("V0002_")).findFirst().orElseThrow();
    assertThat(migration).contains("op.createSequence(sequence(\"shelf_numbers\", 1000, 10));")
        .contains("op.dropSequence(sequence(\"shelf_ids\", 1000, 10));");
  }

  @Test
  void aSequenceDroppedWithItsTableIsOnlyTheDroppedTablesError(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    project.add(SHELF, SHELF_SOURCE);
    assertThat(project.compile()).succeeded();
    project.remove(SHELF);
    // a new entity with a sequence of its own in the same migration: its table is new, it has no ids yet
    project.add("com/example/library/Crate.java", SHELF_SOURCE.replace("Shelf", "Crate"));

    Compilation refused = project.compile();

    assertThat(refused).failed();
    assertThat(refused.errors()).hasSize(1);
    assertThat(refused).hadErrorContaining("[retort:destructive] Dropping table Shelf deletes all its rows");

    Compilation acknowledged = project.compile("-Aretort.allowDataLoss=Shelf");

    assertThat(acknowledged).succeeded();
    String migration = project.migrations(PKG).values().stream().filter(m -> m.contains("V0002_")).findFirst().orElseThrow();
    assertThat(migration).contains("op.dropSequence(sequence(\"Shelf_SEQ\", 1, 50));")
        .contains("op.createSequence(sequence(\"Crate_SEQ\", 1, 50));");
  }

  @Test
  void aWrapperVersionThatAnOlderReleaseLeftNullableBecomesNotNullOnlyWhenAcknowledged(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    project.edit("com/example/library/BaseEntity.java", "private int version;", "private Integer version;");
    assertThat(project.compile()).succeeded();
    // the history an older Retort wrote, which left a wrapper @Version nullable (Hibernate: NOT NULL)
    Path initial = project.sourceRoot().resolve(PKG.replace('.', '/')).resolve("V0001_Initial.java");
    String migration = Files.readString(initial);
    assertThat(migration).contains(".column(col(\"version\", INTEGER).notNull())");
    Files.writeString(initial, migration.replace(".column(col(\"version\", INTEGER).notNull())", ".column(col(\"version\", INTEGER))"));
    String snapshot = project.snapshotText();
    Files.writeString(project.snapshot(), snapshot.replace("{\"name\": \"version\", \"type\": \"integer\", \"nullable\": false}",
        "{\"name\": \"version\", \"type\": \"integer\", \"nullable\": true}"));
    assertThat(project.snapshotText()).isNotEqualTo(snapshot);

    Compilation refused = project.compile();

    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("[retort:destructive] Making members.version NOT NULL fails on every row that holds NULL there")
        .inFile(file(refused, "BaseEntity.java")).onLineContaining("private Integer version;");
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java");

    Compilation acknowledged = project.compile("-Aretort.allowDataLoss=members.version");

    assertThat(acknowledged).succeeded();
    String next = project.migrations(PKG).values().stream().filter(m -> m.contains("V0002_")).findFirst().orElseThrow();
    assertThat(next).contains("op.alterColumn(\"members\", col(\"version\", INTEGER), col(\"version\", INTEGER).notNull());");
  }

  @Test
  void aHandEditedSnapshotIsCaughtByReplayingTheMigrations(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    Files.writeString(project.snapshot(), project.snapshotText().replace(
        "{\"name\": \"artist\", \"type\": \"varchar(255)\"", "{\"name\": \"artist\", \"type\": \"varchar(99)\""), StandardCharsets.UTF_8);
    project.edit("com/example/library/Cover.java", "@Id\n  private long id;\n\n  private String artist;", "@Id\n  private long id;\n\n  @jakarta.persistence.Column(length = 99)\n  private String artist;");

    Compilation check = project.compile("-Aretort.mode=check");

    assertThat(check).failed();
    assertThat(check).hadErrorContaining("[retort:snapshot] The snapshot " + project.snapshot()
        + " does not match what the migrations build when replayed from base");
    assertThat(check).hadErrorContaining("alter column Cover.artist");
    assertThat(check).hadErrorContaining("Restore the edited file from version control");
  }

  @Test
  void aHandEditedMigrationIsCaughtBeforeANewOneGoesOnTop(@TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    assertThat(project.compile()).succeeded();
    Path initial = project.sourceRoot().resolve("com/example/library/migrations/V0001_Initial.java");
    String source = Files.readString(initial);
    Files.writeString(initial, source.replaceFirst("        \\.column\\(col\\(\"artist\", varchar\\(255\\)\\)\\)\n", ""));
    project.edit(BOOK, "private String title;", "private String title;\n\n  private Integer pages;");

    Compilation compilation = project.compile();

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("does not match what the migrations build when replayed from base");
    assertThat(compilation).hadErrorContaining("add column Cover.artist");
    assertThat(project.migrations(PKG)).containsOnlyKeys("V0001_Initial.java");
  }

  @Test
  void twoBranchesThatEachAddedAMigrationGetAMergeRevision(@TempDir Path tmp) throws Exception {
    Fixture base = new Fixture("library", tmp.resolve("base"));
    assertThat(base.compile()).succeeded();
    String baseSnapshot = base.snapshotText();
    String initial = base.migrations(PKG).get("V0001_Initial.java");

    // branch a adds Book.pages, branch b adds Cover.colour, each from the same base
    Fixture a = branch(tmp.resolve("a"), initial, baseSnapshot);
    a.edit(BOOK, "private String title;", "private String title;\n\n  private Integer pages;");
    assertThat(a.compile()).succeeded();
    Fixture b = branch(tmp.resolve("b"), initial, baseSnapshot);
    b.edit("com/example/library/Cover.java", "private String artist;", "private String artist;\n\n  private String colour;");
    assertThat(b.compile()).succeeded();

    // the merge: both entity changes, both migrations, and a snapshot git could not merge
    Fixture merged = branch(tmp.resolve("merged"), initial, conflict(a.snapshotText(), b.snapshotText()));
    merged.edit(BOOK, "private String title;", "private String title;\n\n  private Integer pages;");
    merged.edit("com/example/library/Cover.java", "private String artist;", "private String artist;\n\n  private String colour;");
    Map<String, String> fromA = a.migrations(PKG);
    Map<String, String> fromB = b.migrations(PKG);
    write(merged, "V0002_AddBookPages.java", fromA.get("V0002_AddBookPages.java"));
    write(merged, "V0002_AddCoverColour.java", fromB.get("V0002_AddCoverColour.java"));

    Compilation compilation = merged.compile();

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("The migrations had 2 heads");
    Map<String, String> migrations = merged.migrations(PKG);
    assertThat(migrations).containsOnlyKeys("V0001_Initial.java", "V0002_AddBookPages.java", "V0002_AddCoverColour.java", "V0003_MergeHeads.java");
    String merge = migrations.get("V0003_MergeHeads.java");
    assertThat(merge).contains("parents = " + sortedParents(fromA.get("V0002_AddBookPages.java"), fromB.get("V0002_AddCoverColour.java")));
    assertThat(merge).doesNotContain("op.addColumn").doesNotContain("op.create");
    // the list has one head again, the merge, and says so
    assertThat(Fixture.indexText(compilation)).contains("\n# The one head: " + PKG + ".V0003_MergeHeads\n"
        + "# The head's revision: " + id(merge) + "\n# The head's parents: "
        + sortedParents(fromA.get("V0002_AddBookPages.java"), fromB.get("V0002_AddCoverColour.java"))
            .replaceAll("[{}\" ]", "") + "\n");
    assertThat(merged.snapshotText()).doesNotContain("<<<<<<<")
        .contains("{\"name\": \"pages\"").contains("{\"name\": \"colour\"").contains("\"revision\": \"" + id(merge) + "\"");

    // and from then on the history is a single line again
    assertThat(merged.compile()).succeeded();
    assertThat(merged.compile("-Aretort.mode=check")).succeeded();
    assertThat(merged.migrations(PKG)).hasSize(4);
  }

  private static Fixture branch(Path dir, String initialMigration, String snapshot) throws Exception {
    Fixture branch = new Fixture("library", dir);
    write(branch, "V0001_Initial.java", initialMigration);
    Files.writeString(branch.snapshot(), snapshot, StandardCharsets.UTF_8);
    return branch;
  }

  private static void write(Fixture project, String name, String source) throws Exception {
    Path dir = project.sourceRoot().resolve(PKG.replace('.', '/'));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), source, StandardCharsets.UTF_8);
  }

  /** What git leaves after merging two versions of a file: the differing lines between markers. */
  private static String conflict(String ours, String theirs) {
    String[] a = ours.split("\n", -1);
    String[] b = theirs.split("\n", -1);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < Math.min(a.length, b.length) && a[i].equals(b[i])) {
      out.append(a[i++]).append('\n');
    }
    out.append("<<<<<<< HEAD\n");
    for (int k = i; k < a.length - 1; k++) {
      out.append(a[k]).append('\n');
    }
    out.append("=======\n");
    for (int k = i; k < b.length - 1; k++) {
      out.append(b[k]).append('\n');
    }
    out.append(">>>>>>> branch-b\n");
    return out.toString();
  }

  private static String sortedParents(String first, String second) {
    String x = id(first);
    String y = id(second);
    return x.compareTo(y) < 0 ? "{\"" + x + "\", \"" + y + "\"}" : "{\"" + y + "\", \"" + x + "\"}";
  }

  private static String id(String source) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("id = \"([0-9a-f]{12})\"").matcher(source);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static JavaFileObject file(Compilation compilation, String name) {
    return compilation.sourceFiles().stream().filter(f -> f.getName().endsWith(name)).findFirst().orElseThrow();
  }
}
