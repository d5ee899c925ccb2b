package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.op.AddCheck;
import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AddUnique;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.DropCheck;
import dev.retort.op.DropColumn;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.DropUnique;
import dev.retort.op.ExecuteSql;
import dev.retort.op.Operation;
import dev.retort.op.OperationVisitor;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.op.RunJdbc;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Standard SQL, and the shared rules every dialect builds on: one method per operation (the
 * {@link OperationVisitor} methods; a database overrides the ones it spells differently),
 * always-quoted identifiers, column definitions and constraint clauses.
 *
 * <p>An operation the standard has no words for (a UUID type) is an {@link
 * UnsupportedByDialectException} here, so a new dialect that forgets it says so instead of
 * printing SQL its database rejects. An ENUM column is a string column with a named CHECK
 * constraint listing its values ({@code ck_<table>_<column>}), as Hibernate creates it on
 * databases without a native ENUM type; a dialect with one overrides {@link #nativeEnum()}.
 */
public abstract class AnsiDialect implements Dialect, OperationVisitor<List<SqlStatement>> {
  private final IdentifierCase identifierCase;

  protected AnsiDialect(IdentifierCase identifierCase) {
    this.identifierCase = Objects.requireNonNull(identifierCase, "identifierCase");
  }

  @Override
  public final List<SqlStatement> render(Operation operation) {
    return render(operation, RenderContext.unknown());
  }

  /**
   * Renders through the visitor methods. The context matters here only to renames: a constraint
   * whose name Retort derives from the table and column ({@link #derivedConstraintNames}) is
   * renamed with them, so that a later change finds it under the name it expects.
   */
  @Override
  public List<SqlStatement> render(Operation operation, RenderContext context) {
    List<SqlStatement> statements = new ArrayList<>(operation.accept(this));
    if (operation instanceof RenameColumn rename) {
      context.table(rename.table()).flatMap(t -> t.column(rename.from())).ifPresent(column -> {
        List<String> before = derivedConstraintNames(rename.table(), column);
        List<String> after = derivedConstraintNames(rename.table(), column.withName(rename.to()));
        for (int i = 0; i < before.size(); i++) {
          statements.add(renameConstraint(rename.table(), before.get(i), after.get(i)));
        }
      });
    } else if (operation instanceof RenameTable rename) {
      context.table(rename.from()).ifPresent(table -> {
        String to = QualifiedName.parse(rename.from()).sibling(QualifiedName.parse(rename.to()).name()).toString();
        for (Column column : table.columns()) {
          List<String> before = derivedConstraintNames(rename.from(), column);
          List<String> after = derivedConstraintNames(to, column);
          for (int i = 0; i < before.size(); i++) {
            statements.add(renameConstraint(to, before.get(i), after.get(i)));
          }
        }
      });
    }
    return List.copyOf(statements);
  }

  /** Only renames read the schema: the constraints named after the renamed table or column follow them. */
  @Override
  public boolean rendersWithSchema(Operation operation) {
    return operation instanceof RenameColumn || operation instanceof RenameTable;
  }

  /** The names of the constraints Retort names after a column and its table: a non-native ENUM's CHECK. */
  protected List<String> derivedConstraintNames(String table, Column column) {
    return enumCheck(table, column) == null ? List.of() : List.of(enumCheckName(table, column.name()));
  }

  /** Renames a constraint of a table. */
  protected SqlStatement renameConstraint(String table, String from, String to) {
    return SqlStatement.of(alterTable(table) + "RENAME CONSTRAINT " + quoteName(from) + " TO " + quoteName(to));
  }

  // ---- identifiers and literals ----

  /** The character that opens a quoted identifier; closing is the same unless overridden. */
  protected char openQuote() {
    return '"';
  }

  protected char closeQuote() {
    return '"';
  }

  @Override
  public String quoteName(String name) {
    String close = String.valueOf(closeQuote());
    return openQuote() + storedName(name).replace(close, close + close) + closeQuote();
  }

  @Override
  public String quoteTable(String qualifiedName) {
    QualifiedName q = QualifiedName.parse(qualifiedName);
    return q.schema() == null ? quoteName(q.name()) : quoteName(q.schema()) + "." + quoteName(q.name());
  }

  /**
   * The name folded as the database folds unquoted names, then shortened when it is longer than
   * {@link Capabilities#maxIdentifierLength()}: the longest prefix that fits with {@code _} and the
   * first 8 hex digits of the SHA-256 of the whole (folded) name. The same long name always gives
   * the same short one, and two long names that share a prefix still differ.
   */
  @Override
  public String storedName(String name) {
    return shorten(folds(name) ? identifierCase.fold(name) : name);
  }

  /** {@code name}, or its deterministic short form when it is too long for the database. */
  protected String shorten(String name) {
    int max = capabilities().maxIdentifierLength();
    if (nameLength(name) <= max) {
      return name;
    }
    String suffix = "_" + hash(name);
    int end = name.length();
    while (end > 0 && nameLength(name.substring(0, end)) + suffix.length() > max) {
      end--;
    }
    if (end > 0 && Character.isHighSurrogate(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(0, end) + suffix;
  }

  /** How long the database considers a name: characters by default. */
  protected int nameLength(String name) {
    return name.length();
  }

  private static String hash(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Whether a name is one an ORM would write unquoted, so the database would fold its case: by
   * default a name the database reads unquoted ({@link IdentifierCase#isRegularFor}).
   */
  protected boolean folds(String name) {
    return identifierCase.isRegularFor(name);
  }

  /** A string literal, single quotes doubled. */
  @Override
  public String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  protected String columnList(List<String> columns) {
    return columns.stream().map(this::quoteName).collect(Collectors.joining(", ", "(", ")"));
  }

  // ---- types ----

  @Override
  public String typeName(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "BOOLEAN";
      case TINYINT, SMALLINT -> "SMALLINT";
      case INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
      case REAL -> "REAL";
      case DOUBLE -> "DOUBLE PRECISION";
      case DECIMAL -> type.precision() == 0 ? "NUMERIC"
          : "NUMERIC(" + type.precision() + "," + type.scale() + ")";
      case CHAR -> sized("CHAR", type.length());
      case VARCHAR -> sized("CHARACTER VARYING", type.length());
      case CLOB -> "CHARACTER LARGE OBJECT";
      case VARBINARY -> sized("BINARY VARYING", type.length());
      case BLOB -> "BINARY LARGE OBJECT";
      case DATE -> "DATE";
      case TIME -> "TIME(" + type.length() + ")";
      case TIME_TZ -> "TIME(" + type.length() + ") WITH TIME ZONE";
      case TIMESTAMP -> "TIMESTAMP(" + type.length() + ")";
      case TIMESTAMP_TZ -> "TIMESTAMP(" + type.length() + ") WITH TIME ZONE";
      case INTERVAL -> "INTERVAL SECOND";
      case ENUM -> enumStorage(type);
      case UUID -> throw new RetortException(databaseName() + " has no " + type.kind()
          + " column type in this dialect. Map the attribute to another type or give it "
          + "@Column(columnDefinition = \"...\").");
      case CUSTOM -> type.definition();
    };
  }

  /**
   * The string type an ENUM is stored in where the database has no native ENUM: Hibernate's
   * {@code varchar(255)} (or the ENUM's length when it has one).
   */
  protected String enumStorage(ColumnType type) {
    return typeName(ColumnType.varchar(type.length() == 0 ? 255 : type.length()));
  }

  /** Whether {@link #typeName} gives ENUM a native type that restricts the values itself. */
  protected boolean nativeEnum() {
    return false;
  }

  /** The name of the CHECK constraint that restricts a non-native ENUM column to its values. */
  protected String enumCheckName(String table, String column) {
    return "ck_" + QualifiedName.parse(table).name() + "_" + column;
  }

  /** {@code CONSTRAINT ck CHECK (column IN (...))} for a non-native ENUM column, or null. */
  protected String enumCheck(String table, Column column) {
    if (column.type().kind() != ColumnType.Kind.ENUM || nativeEnum()) {
      return null;
    }
    return "CONSTRAINT " + quoteName(enumCheckName(table, column.name())) + " CHECK (" + quoteName(column.name())
        + " IN (" + column.type().values().stream().map(this::literal).collect(Collectors.joining(", ")) + "))";
  }

  /** {@code NAME(n)}, or the bare name when the length is 0 (unspecified). */
  protected static String sized(String name, int length) {
    return length == 0 ? name : name + "(" + length + ")";
  }

  // ---- clauses ----

  /** A column's definition as CREATE TABLE and ADD COLUMN write it. */
  protected String columnDefinition(String table, Column column) {
    StringBuilder sql = new StringBuilder(quoteName(column.name())).append(' ').append(typeName(column.type()));
    requireNoDefaultOnIdentity(table, column);
    if (column.identity()) {
      sql.append(' ').append(identityClause());
    }
    if (column.defaultValue() != null) {
      sql.append(" DEFAULT ").append(column.defaultValue());
    }
    if (!column.nullable()) {
      sql.append(" NOT NULL");
    }
    String check = enumCheck(table, column);
    if (check != null) {
      sql.append(' ').append(check);
    }
    return sql.toString();
  }

  /** Refuses an identity column with a default: the database generates an identity column's values. */
  protected static void requireNoDefaultOnIdentity(String table, Column column) {
    if (column.identity() && column.defaultValue() != null) {
      throw new RetortException("Column " + table + "." + column.name() + " is an identity column "
          + "with the default " + column.defaultValue() + "; the database generates an identity "
          + "column's values, so remove the default.");
    }
  }

  /** What follows {@code ALTER COLUMN c} to change its type from {@code op.from()}'s to {@code op.to()}'s. */
  protected String setDataType(AlterColumn op) {
    return "SET DATA TYPE " + typeName(op.to().type());
  }

  /**
   * Before a nullable column becomes NOT NULL with a default: the statement that gives the rows
   * that hold NULL that default, as EF Core and Ebean do (no database fills them by itself, and
   * NOT NULL would fail on the first). Null when the change is not that one. The default is then
   * in the rows: a downgrade makes the column nullable again but cannot tell which rows were NULL.
   */
  protected SqlStatement fillNulls(String table, Column from, Column to) {
    if (!fillsNulls(from, to)) {
      return null;
    }
    String column = quoteName(to.name());
    return SqlStatement.of("UPDATE " + quoteTable(table) + " SET " + column + " = " + to.defaultValue()
        + " WHERE " + column + " IS NULL");
  }

  protected String identityClause() {
    return "GENERATED BY DEFAULT AS IDENTITY";
  }

  /** What follows {@code ALTER COLUMN c} to make an existing column an identity column. */
  protected String addIdentityClause() {
    return "ADD " + identityClause();
  }

  /** Whether a change from {@code from} to {@code to} makes a nullable column NOT NULL with a default. */
  protected static boolean fillsNulls(Column from, Column to) {
    return from.nullable() && !to.nullable() && to.defaultValue() != null;
  }

  /**
   * After an existing column becomes an identity column: the statement that makes its next value
   * follow the largest one its rows hold, since a new identity starts at 1 and the next insert
   * would collide with them. By default the standard's {@code RESTART WITH}, from a subquery.
   */
  protected SqlStatement continueIdentityAfterRows(String table, Column column) {
    String name = quoteName(column.name());
    return SqlStatement.of(alterTable(table) + "ALTER COLUMN " + name + " RESTART WITH (SELECT COALESCE(MAX("
        + name + "), 0) + 1 FROM " + quoteTable(table) + ")");
  }

  /** What follows {@code ALTER COLUMN c} to stop the database generating its values. */
  protected String dropIdentityClause() {
    return "DROP IDENTITY";
  }

  protected String uniqueClause(UniqueConstraint unique) {
    return "CONSTRAINT " + quoteName(unique.name()) + " UNIQUE " + columnList(unique.columns());
  }

  protected String checkClause(CheckConstraint check) {
    return "CONSTRAINT " + quoteName(check.name()) + " CHECK (" + check.expression() + ")";
  }

  protected String foreignKeyClause(ForeignKey fk) {
    String sql = "CONSTRAINT " + quoteName(fk.name()) + " FOREIGN KEY " + columnList(fk.columns())
        + " REFERENCES " + quoteTable(fk.referencedTable()) + " " + columnList(fk.referencedColumns());
    return switch (fk.onDelete()) {
      case NO_ACTION -> sql;
      case CASCADE -> sql + " ON DELETE CASCADE";
      case SET_NULL -> sql + " ON DELETE SET NULL";
    };
  }

  protected String alterTable(String table) {
    return "ALTER TABLE " + quoteTable(table) + " ";
  }

  /** The statements of a table's indexes; CREATE TABLE runs them after the table. */
  protected List<SqlStatement> createIndexes(Table table) {
    List<SqlStatement> statements = new ArrayList<>();
    for (dev.retort.schema.Index index : table.indexes()) {
      statements.addAll(visit(new CreateIndex(index)));
    }
    return statements;
  }

  protected UnsupportedByDialectException unsupported(Operation operation, String reason) {
    return new UnsupportedByDialectException(databaseName(), operation, reason);
  }

  protected static List<SqlStatement> one(String sql) {
    return List.of(SqlStatement.of(sql));
  }

  // ---- tables ----

  /** Columns, primary key, unique, check and foreign key constraints in one statement, then the indexes. */
  @Override
  public List<SqlStatement> visit(CreateTable op) {
    List<SqlStatement> statements = new ArrayList<>();
    statements.add(SqlStatement.of(createTableSql(op.table(), op.table().name())));
    statements.addAll(createIndexes(op.table()));
    return statements;
  }

  /**
   * {@code CREATE TABLE} for a table's columns and constraints (not its indexes), under the name
   * {@code createdName}; constraint names derived from the table name use the table's own name.
   */
  protected String createTableSql(Table table, String createdName) {
    return "CREATE TABLE " + quoteTable(createdName) + " (" + String.join(", ", tableElements(table)) + ")";
  }

  /** What a table's definition lists: its columns, primary key, unique constraints, checks and foreign keys. */
  protected List<String> tableElements(Table table) {
    List<String> elements = new ArrayList<>();
    table.columns().forEach(c -> elements.add(columnDefinition(table.name(), c)));
    if (!table.primaryKey().isEmpty()) {
      elements.add("PRIMARY KEY " + columnList(table.primaryKey()));
    }
    table.uniqueConstraints().forEach(u -> elements.add(uniqueClause(u)));
    table.checks().forEach(c -> elements.add(checkClause(c)));
    table.foreignKeys().forEach(f -> elements.add(foreignKeyClause(f)));
    return elements;
  }

  @Override
  public List<SqlStatement> visit(DropTable op) {
    return one("DROP TABLE " + quoteTable(op.table().name()));
  }

  /** The new name stays in the table's schema: moving a table to another schema is not a rename. */
  @Override
  public List<SqlStatement> visit(RenameTable op) {
    QualifiedName from = QualifiedName.parse(op.from());
    QualifiedName to = QualifiedName.parse(op.to());
    if (!Objects.equals(from.schema(), to.schema())) {
      throw unsupported(op, "renaming cannot move a table to another schema");
    }
    return one(alterTable(op.from()) + "RENAME TO " + quoteName(to.name()));
  }

  // ---- columns ----

  @Override
  public List<SqlStatement> visit(AddColumn op) {
    return one(alterTable(op.table()) + "ADD COLUMN " + columnDefinition(op.table(), op.column()));
  }

  @Override
  public List<SqlStatement> visit(DropColumn op) {
    return one(alterTable(op.table()) + "DROP COLUMN " + quoteName(op.column().name()));
  }

  @Override
  public List<SqlStatement> visit(RenameColumn op) {
    return one(alterTable(op.table()) + "RENAME COLUMN " + quoteName(op.from()) + " TO " + quoteName(op.to()));
  }

  /**
   * One statement per changed aspect, in the order that keeps each step valid: type, identity,
   * default, then nullability. A default goes before a change of the type's kind and comes back
   * after it, since the old default may not convert (PostgreSQL will not cast {@code DEFAULT false} to an
   * integer); rows that hold NULL get the new default before NOT NULL is checked.
   */
  @Override
  public List<SqlStatement> visit(AlterColumn op) {
    Column from = op.from();
    Column to = op.to();
    if (!from.name().equals(to.name())) {
      throw new RetortException("'" + op.describe() + "' changes the column's name from " + from.name()
          + " to " + to.name() + "; rename it with renameColumn first, then alter it.");
    }
    String column = alterTable(op.table()) + "ALTER COLUMN " + quoteName(to.name()) + " ";
    List<SqlStatement> statements = new ArrayList<>();
    boolean retyped = !typeName(from.type()).equals(typeName(to.type()));
    boolean defaultSetAside = retyped && from.type().kind() != to.type().kind() && from.defaultValue() != null;
    if (defaultSetAside) {
      statements.add(SqlStatement.of(column + "DROP DEFAULT"));
    }
    if (!from.type().equals(to.type())) {
      boolean checked = !nativeEnum() && from.type().kind() == ColumnType.Kind.ENUM;
      if (checked) {
        statements.add(SqlStatement.of(alterTable(op.table()) + "DROP CONSTRAINT "
            + quoteName(enumCheckName(op.table(), from.name()))));
      }
      if (retyped) {
        statements.add(SqlStatement.of(column + setDataType(op)));
      }
      String check = enumCheck(op.table(), to);
      if (check != null) {
        statements.add(SqlStatement.of(alterTable(op.table()) + "ADD " + check));
      }
    }
    if (from.identity() != to.identity()) {
      statements.add(SqlStatement.of(column + (to.identity() ? addIdentityClause() : dropIdentityClause())));
      if (to.identity()) {
        statements.add(continueIdentityAfterRows(op.table(), to));
      }
    }
    if (defaultSetAside ? to.defaultValue() != null : !Objects.equals(from.defaultValue(), to.defaultValue())) {
      statements.add(SqlStatement.of(column
          + (to.defaultValue() == null ? "DROP DEFAULT" : "SET DEFAULT " + to.defaultValue())));
    }
    SqlStatement fill = fillNulls(op.table(), from, to);
    if (fill != null) {
      statements.add(fill);
    }
    if (from.nullable() != to.nullable()) {
      statements.add(SqlStatement.of(column + (to.nullable() ? "DROP NOT NULL" : "SET NOT NULL")));
    }
    return statements;
  }

  // ---- constraints ----

  @Override
  public List<SqlStatement> visit(AddPrimaryKey op) {
    return one(alterTable(op.table()) + "ADD PRIMARY KEY " + columnList(op.columns()));
  }

  @Override
  public List<SqlStatement> visit(DropPrimaryKey op) {
    return one(alterTable(op.table()) + "DROP PRIMARY KEY");
  }

  @Override
  public List<SqlStatement> visit(AddUnique op) {
    return one(alterTable(op.table()) + "ADD " + uniqueClause(op.constraint()));
  }

  @Override
  public List<SqlStatement> visit(DropUnique op) {
    return one(alterTable(op.table()) + "DROP CONSTRAINT " + quoteName(op.constraint().name()));
  }

  @Override
  public List<SqlStatement> visit(AddCheck op) {
    return one(alterTable(op.table()) + "ADD " + checkClause(op.check()));
  }

  @Override
  public List<SqlStatement> visit(DropCheck op) {
    return one(alterTable(op.table()) + "DROP CONSTRAINT " + quoteName(op.check().name()));
  }

  @Override
  public List<SqlStatement> visit(AddForeignKey op) {
    return one(alterTable(op.table()) + "ADD " + foreignKeyClause(op.foreignKey()));
  }

  @Override
  public List<SqlStatement> visit(DropForeignKey op) {
    return one(alterTable(op.table()) + "DROP CONSTRAINT " + quoteName(op.foreignKey().name()));
  }

  // ---- indexes ----

  /** The index takes the table's schema; its own name stays unqualified, as the standard wants. */
  @Override
  public List<SqlStatement> visit(CreateIndex op) {
    var index = op.index();
    return one("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quoteName(index.name())
        + " ON " + quoteTable(index.table()) + " " + columnList(index.columns()));
  }

  /** An index lives in its table's schema, so the drop names it there. */
  @Override
  public List<SqlStatement> visit(DropIndex op) {
    QualifiedName name = QualifiedName.parse(op.index().table()).sibling(op.index().name());
    return one("DROP INDEX " + quoteTable(name.toString()));
  }

  // ---- sequences ----

  @Override
  public List<SqlStatement> visit(CreateSequence op) {
    var sequence = op.sequence();
    return one("CREATE SEQUENCE " + quoteTable(sequence.name()) + " START WITH " + sequence.start()
        + " INCREMENT BY " + sequence.increment());
  }

  @Override
  public List<SqlStatement> visit(DropSequence op) {
    return one("DROP SEQUENCE " + quoteTable(op.sequence().name()));
  }

  /**
   * Only the increment changes. A different start value is not applied: restarting a sequence in
   * use would hand out values already taken.
   */
  @Override
  public List<SqlStatement> visit(AlterSequence op) {
    return standardAlterSequence(op);
  }

  /** {@code ALTER SEQUENCE s INCREMENT BY n}, for a subclass that overrides {@link #visit(AlterSequence)} in between. */
  protected final List<SqlStatement> standardAlterSequence(AlterSequence op) {
    if (!op.from().name().equals(op.to().name())) {
      throw new RetortException("'" + op.describe() + "' changes the sequence's name from "
          + op.from().name() + "; drop and create it instead.");
    }
    if (op.from().increment() == op.to().increment()) {
      return List.of();
    }
    return one("ALTER SEQUENCE " + quoteTable(op.to().name()) + " INCREMENT BY " + op.to().increment());
  }

  // ---- escape hatches ----

  @Override
  public List<SqlStatement> visit(ExecuteSql op) {
    return one(op.sql());
  }

  @Override
  public List<SqlStatement> visit(RunJdbc op) {
    return List.of(SqlStatement.jdbcCallback(op.description()));
  }
}
