package dev.retort.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.retort.schema.ColumnType;

/**
 * Column types as the constants and factories of {@link ColumnType}: {@code BIGINT},
 * {@code varchar(40)}, {@code decimal(19, 2)}, {@code enumOf("A", "B")}, {@code custom("..")}.
 *
 * <p>Each case names the factory call it prints next to the value that call returns, and the
 * value is compared with the type being rendered: a type that no constant or factory produces
 * (a BIGINT with a length, say) is an error, not a silently different migration.
 */
final class ColumnTypeExpressions {
  private final StaticImports imports;
  private final ClassName owner;

  ColumnTypeExpressions(StaticImports imports, ClassName owner) {
    this.imports = imports;
    this.owner = owner;
  }

  private record Spelling(ColumnType value, CodeBlock code) {}

  CodeBlock type(ColumnType type) {
    Spelling spelling = spell(type);
    if (!type.equals(spelling.value())) {
      throw new IllegalArgumentException(
          "Column type " + type + " (" + type.kind() + ", length " + type.length()
              + ", precision " + type.precision() + ", scale " + type.scale() + ", values "
              + type.values() + ") is not one that ColumnType's constants and factories build,"
              + " so a migration cannot spell it.");
    }
    return spelling.code();
  }

  /** One case per kind, so that a new kind does not compile until it can be printed. */
  private Spelling spell(ColumnType type) {
    int length = type.length();
    return switch (type.kind()) {
      case BOOLEAN -> constant(ColumnType.BOOLEAN, "BOOLEAN");
      case TINYINT -> constant(ColumnType.TINYINT, "TINYINT");
      case SMALLINT -> constant(ColumnType.SMALLINT, "SMALLINT");
      case INTEGER -> constant(ColumnType.INTEGER, "INTEGER");
      case BIGINT -> constant(ColumnType.BIGINT, "BIGINT");
      case REAL -> constant(ColumnType.REAL, "REAL");
      case DOUBLE -> constant(ColumnType.DOUBLE, "DOUBLE");
      case CLOB -> constant(ColumnType.CLOB, "CLOB");
      case BLOB -> constant(ColumnType.BLOB, "BLOB");
      case DATE -> constant(ColumnType.DATE, "DATE");
      case INTERVAL -> constant(ColumnType.INTERVAL, "INTERVAL");
      case UUID -> constant(ColumnType.UUID, "UUID");
      case CHAR -> call(ColumnType.character(length), "character", "$L", length);
      case VARCHAR -> call(ColumnType.varchar(length), "varchar", "$L", length);
      case VARBINARY -> call(ColumnType.varbinary(length), "varbinary", "$L", length);
      case TIME -> call(ColumnType.time(length), "time", "$L", length);
      case TIME_TZ -> call(ColumnType.timeTz(length), "timeTz", "$L", length);
      case TIMESTAMP -> call(ColumnType.timestamp(length), "timestamp", "$L", length);
      case TIMESTAMP_TZ -> call(ColumnType.timestampTz(length), "timestampTz", "$L", length);
      case DECIMAL -> call(
          ColumnType.decimal(type.precision(), type.scale()),
          "decimal",
          "$L, $L",
          type.precision(),
          type.scale());
      case ENUM -> length == 0
          ? call(ColumnType.enumOf(type.values().toArray(String[]::new)), "enumOf", "$L", Literals.strings(type.values()))
          : call(ColumnType.enumOf(length, type.values().toArray(String[]::new)), "enumOf", "$L, $L", length,
              Literals.strings(type.values()));
      case CUSTOM -> call(
          type.values().size() == 1 ? ColumnType.custom(type.definition()) : null,
          "custom",
          "$L",
          Literals.string(type.values().get(0)));
    };
  }

  private Spelling constant(ColumnType value, String name) {
    return new Spelling(value, imports.member(owner, name));
  }

  private Spelling call(ColumnType value, String factory, String arguments, Object... args) {
    CodeBlock code =
        CodeBlock.of("$L($L)", imports.member(owner, factory), CodeBlock.of(arguments, args));
    return new Spelling(value, code);
  }
}
