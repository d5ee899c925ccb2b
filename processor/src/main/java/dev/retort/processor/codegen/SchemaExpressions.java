package dev.retort.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;

/**
 * Java expressions that rebuild schema values through the factories of {@code dev.retort.schema}
 * ({@code col("id", BIGINT).notNull()}, {@code table("member").column(..)}), with the factories
 * statically imported. Evaluating an expression gives back a value equal to the one printed.
 *
 * <p>Long lines may wrap after a comma or before {@code .defaultValue(..)} ({@code $W}, {@code
 * $Z}); inside a table's chain JavaPoet indents the wrapped part two levels more than the chain
 * (a statement's continuation plus the wrap's), so it does not read as the next call.
 */
final class SchemaExpressions {
  private static final ClassName TABLE = ClassName.get(Table.class);
  private static final ClassName COLUMN = ClassName.get(Column.class);
  private static final ClassName COLUMN_TYPE = ClassName.get(ColumnType.class);
  private static final ClassName UNIQUE = ClassName.get(UniqueConstraint.class);
  private static final ClassName CHECK = ClassName.get(CheckConstraint.class);
  private static final ClassName FOREIGN_KEY = ClassName.get(ForeignKey.class);
  private static final ClassName ON_DELETE = ClassName.get(ForeignKey.OnDelete.class);
  private static final ClassName INDEX = ClassName.get(Index.class);
  private static final ClassName SEQUENCE = ClassName.get(Sequence.class);

  private final StaticImports imports;
  private final ColumnTypeExpressions types;

  SchemaExpressions(StaticImports imports) {
    this.imports = imports;
    this.types = new ColumnTypeExpressions(imports, COLUMN_TYPE);
  }

  /**
   * A table as a builder chain, one call per line: {@code table("t")}, then its columns, primary
   * key, unique constraints, checks, foreign keys and indexes, each in order.
   */
  CodeBlock table(Table table) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$L($L)", imports.member(TABLE, "table"), string(table.name()));
    for (Column column : table.columns()) {
      chained(code, "column", column(column));
    }
    if (!table.primaryKey().isEmpty()) {
      chained(code, "primaryKey", strings(table.primaryKey()));
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      chained(code, "unique", unique(unique));
    }
    for (CheckConstraint check : table.checks()) {
      chained(code, "check", check(check));
    }
    for (ForeignKey foreignKey : table.foreignKeys()) {
      chained(code, "foreignKey", foreignKey(foreignKey));
    }
    for (Index index : table.indexes()) {
      chained(code, "index", index(index));
    }
    return code.build();
  }

  private static void chained(CodeBlock.Builder chain, String method, CodeBlock argument) {
    chain.add("\n.$N($L)", method, argument);
  }

  /**
   * {@code col(name, type)}, then {@code .notNull()} and {@code .asIdentity()} as they apply (the
   * second implies the first, but a reader should not need to know that), then the default.
   */
  CodeBlock column(Column column) {
    CodeBlock.Builder code = CodeBlock.builder().add(
        "$L($L, $L)",
        imports.member(COLUMN, "col"),
        string(column.name()),
        types.type(column.type()));
    if (!column.nullable()) {
      code.add(".notNull()");
    }
    if (column.identity()) {
      code.add(".asIdentity()");
      if (column.nullable()) {
        code.add(".nullable(true)");
      }
    }
    if (column.defaultValue() != null) {
      code.add("$Z.defaultValue($L)", string(column.defaultValue()));
    }
    return code.build();
  }

  CodeBlock unique(UniqueConstraint unique) {
    return CodeBlock.of(
        "$L($L,$W$L)",
        imports.member(UNIQUE, "unique"),
        string(unique.name()),
        strings(unique.columns()));
  }

  CodeBlock check(CheckConstraint check) {
    return CodeBlock.of(
        "$L($L,$W$L)",
        imports.member(CHECK, "check"),
        string(check.name()),
        string(check.expression()));
  }

  /** The single-column factory where it fits, the list one otherwise; then the delete action. */
  CodeBlock foreignKey(ForeignKey foreignKey) {
    boolean single = foreignKey.columns().size() == 1;
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add("$L($L,$W", imports.member(FOREIGN_KEY, "foreignKey"), string(foreignKey.name()))
            .add("$L,$W", single ? string(foreignKey.columns().get(0)) : list(foreignKey.columns()))
            .add("$L,$W", string(foreignKey.referencedTable()))
            .add(
                "$L)",
                single
                    ? string(foreignKey.referencedColumns().get(0))
                    : list(foreignKey.referencedColumns()));
    if (foreignKey.onDelete() != ForeignKey.OnDelete.NO_ACTION) {
      code.add(".onDelete($L)", imports.member(ON_DELETE, foreignKey.onDelete().name()));
    }
    return code.build();
  }

  CodeBlock index(Index index) {
    return CodeBlock.of(
        "$L($L,$W$L,$W$L)",
        imports.member(INDEX, index.unique() ? "uniqueIndex" : "index"),
        string(index.name()),
        string(index.table()),
        strings(index.columns()));
  }

  CodeBlock sequence(Sequence sequence) {
    return CodeBlock.of(
        "$L($L, $L, $L)",
        imports.member(SEQUENCE, "sequence"),
        string(sequence.name()),
        Literals.longValue(sequence.start()),
        Literals.longValue(sequence.increment()));
  }

  private static CodeBlock strings(List<String> values) {
    return Literals.strings(values);
  }

  private static CodeBlock string(String value) {
    return Literals.string(value);
  }

  private static CodeBlock list(List<String> values) {
    return CodeBlock.of("$T.of($L)", List.class, strings(values));
  }
}
