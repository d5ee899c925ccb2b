package dev.retort.processor.loop;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names from annotations that could end a quoted identifier or a statement (quotes, brackets,
 * semicolons, control characters) or that are themselves quoted are refused at compile time, on
 * the element that declares them, and no migration is written: such a name never reaches SQL. The
 * runtime's side, that a dialect quotes whatever name a hand-written migration gives it, is
 * {@code dev.retort.concurrency.OddNamesTest}.
 */
class UnsafeNamesTest {

  private static final String UNSAFE = "contains a quote, bracket, semicolon or control character";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "table with a double quote and a statement | @Table(name = \"shelf\\\"; DROP TABLE member; --\") | "
          + "table name 'shelf\"; DROP TABLE member; --' | " + UNSAFE,
      "table with a backtick | @Table(name = \"shelf`x\") | table name 'shelf`x' | " + UNSAFE,
      "table with a bracket | @Table(name = \"shelf]; DROP TABLE member; --\") | table name 'shelf]; DROP TABLE member; --' | "
          + UNSAFE,
      "table with a semicolon | @Table(name = \"shelf;\") | table name 'shelf;' | " + UNSAFE,
      "quoted table | @Table(name = \"\\\"Shelf\\\"\") | table name '\"Shelf\"' | is quoted",
      "column with a double quote | @Column(name = \"label\\\"; DELETE FROM member; --\") | "
          + "column name 'label\"; DELETE FROM member; --' | " + UNSAFE,
      "column with a control character | @Column(name = \"label\\u0000x\") | column name 'label | " + UNSAFE,
      "join column with a semicolon | @JoinColumn(name = \"owner_id; DROP TABLE member\") | "
          + "column name 'owner_id; DROP TABLE member' | " + UNSAFE,
  })
  void anUnsafeNameIsAMappingErrorAndNothingIsWritten(String what, String annotation, String name, String reason,
      @TempDir Path tmp) throws Exception {
    Fixture project = new Fixture("library", tmp);
    String table = annotation.startsWith("@Table") ? annotation : "";
    String column = annotation.startsWith("@Column") ? annotation : "";
    String join = annotation.startsWith("@JoinColumn") ? annotation : "";
    project.add("com/example/library/Shelf.java", """
        package com.example.library;

        import jakarta.persistence.*;

        @Entity
        %s
        public class Shelf {
          @Id
          private Long id;

          %s
          private String label;

          @ManyToOne
          %s
          private Member owner;
        }
        """.formatted(table, column, join));

    Compilation compilation = project.compile();

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[retort:mapping] The " + name);
    assertThat(compilation).hadErrorContaining(reason);
    // reported on the entity that declares the name, so the IDE underlines it
    assertThat(compilation.errors()).allSatisfy(
        e -> assertThat(e.getSource().getName()).endsWith("com/example/library/Shelf.java"));
    assertThat(project.migrations("com.example.library.migrations")).isEmpty();
  }
}
