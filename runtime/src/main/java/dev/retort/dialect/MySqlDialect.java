package dev.retort.dialect;

import dev.retort.op.AddColumn;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.DropCheck;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.DropSequence;
import dev.retort.op.DropUnique;
import dev.retort.op.Operation;
import dev.retort.RetortException;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * MySQL 8.0 and later. Names are quoted with backticks and kept as written (the server's
 * {@code lower_case_table_names} decides how table names are stored; {@link Dialects#detect}
 * reads it from the driver); names longer than 64 characters are shortened. Types are those
 * Hibernate 7's {@code MySQLDialect} writes: {@code bit} for booleans, {@code varchar(n)} for
 * {@code char(n)} (MySQL's CHAR drops trailing spaces), {@code datetime(p)} for
 * timestamps with and without time zone, {@code binary(16)} for UUIDs, native {@code enum(...)},
 * {@code text}/{@code mediumtext}/{@code longtext} beyond a {@code varchar}'s 16,383 characters.
 *
 * <p>MySQL has no sequences: as Hibernate does, a sequence is a one-row table
 * {@code (next_val bigint)} holding the next value, which Hibernate's sequence emulation reads and
 * advances by its allocation size, so changing a sequence's increment changes nothing here.
 *
 * <h2>What MySQL guarantees</h2>
 *
 * MySQL commits DDL implicitly: each {@code CREATE}, {@code ALTER} and {@code DROP} commits the
 * open transaction and itself at once; only the data changes after the last DDL statement of a
 * migration can still roll back. A single DDL statement is atomic (MySQL 8's atomic DDL). The
 * engine therefore knows, when a statement fails, exactly which statements of the migration
 * stayed, records the revision with {@code success = false}, and refuses to run again until a
 * person has finished or undone them and removed that row; the error message lists the
 * statements that stayed, those rolled back, and the {@code DELETE} to run.
 *
 * <h2>What MySQL needs around a change</h2>
 *
 * <ul>
 *   <li>A column a foreign key uses (on either side) cannot change its type while the key exists:
 *       such a change drops the keys, changes the column and adds them back, which needs the schema
 *       before it ({@link RenderContext}); a change after which a key's two sides would no longer
 *       have the same type is refused, since the key could not be added back.
 *   <li>An {@code AUTO_INCREMENT} column must lead an index. Where the primary key does not lead
 *       with it (none yet, or one of other columns), the table has a key named {@value
 *       #AUTO_INCREMENT_KEY} on it: added with the column, kept while the primary key is dropped
 *       and re-made, and dropped when a primary key that leads with the column takes over.
 *   <li>String literals double backslashes unless the session's {@code sql_mode} has {@code
 *       NO_BACKSLASH_ESCAPES}, which {@link Dialects#detect} reads; a dialect made without a
 *       connection assumes the server's default mode.
 * </ul>
 */
public class MySqlDialect extends AnsiDialect {
  private static final Capabilities CAPABILITIES = new Capabilities(false, false, true, true, 64);

  /** The longest {@code varchar} Hibernate writes on MySQL (65,535 bytes in utf8mb4). */
  static final int MAX_VARCHAR = 16_383;
  static final int MAX_VARBINARY = 65_535;

  /**
   * The name of the key that keeps an {@code AUTO_INCREMENT} column indexed where the primary key
   * does not lead with it. One name for every table: a table has one such column at most, and
   * the name survives renaming the table or the column.
   */
  public static final String AUTO_INCREMENT_KEY = "retort_auto_increment";

  private final boolean backslashEscapes;

  /** MySQL with its defaults on Linux: names stored as written, backslashes escaping in literals. */
  public MySqlDialect() {
    this(IdentifierCase.AS_WRITTEN);
  }

  /** MySQL as configured ({@code lower_case_table_names=1} stores names in lower case). */
  public MySqlDialect(IdentifierCase identifierCase) {
    this(identifierCase, true);
  }

  /**
   * MySQL as configured.
   *
   * @param backslashEscapes whether a backslash escapes in a string literal: false when the
   *     session's {@code sql_mode} has {@code NO_BACKSLASH_ESCAPES}
   */
  public MySqlDialect(IdentifierCase identifierCase, boolean backslashEscapes) {
    super(identifierCase);
    this.backslashEscapes = backslashEscapes;
  }

  /** Whether this dialect's literals double backslashes (the server's default {@code sql_mode}). */
  public boolean backslashEscapes() {
    return backslashEscapes;
  }

  @Override
  public String databaseName() {
    return "MySQL";
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  protected char openQuote() {
    return '`';
  }

  @Override
  protected char closeQuote() {
    return '`';
  }

  /**
   * MySQL's string literals also treat a backslash as an escape, so it is doubled too; under
   * {@code NO_BACKSLASH_ESCAPES} a backslash is an ordinary character, and doubling it would store two.
   */
  @Override
  public String literal(String value) {
    String quoted = value.replace("'", "''");
    return "'" + (backslashEscapes ? quoted.replace("\\", "\\\\") : quoted) + "'";
  }

  @Override
  public String typeName(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "BIT";
      case TINYINT -> "TINYINT";
      case REAL -> "FLOAT";
      case DOUBLE -> "DOUBLE";
      case DECIMAL -> type.precision() == 0 ? "DECIMAL" : "DECIMAL(" + type.precision() + "," + type.scale() + ")";
      // as Hibernate does: MySQL's CHAR strips trailing spaces, so a char holding ' ' would read back as ''
      case CHAR -> "VARCHAR(" + type.length() + ")";
      case VARCHAR -> type.length() == 0 ? "VARCHAR(255)" : type.length() <= MAX_VARCHAR ? "VARCHAR(" + type.length() + ")"
          : text("TEXT", type.length());
      case CLOB -> "LONGTEXT";
      case VARBINARY -> type.length() == 0 ? "VARBINARY(255)" : type.length() <= MAX_VARBINARY
          ? "VARBINARY(" + type.length() + ")" : text("BLOB", type.length());
      case BLOB -> "LONGBLOB";
      case TIMESTAMP, TIMESTAMP_TZ -> "DATETIME(" + type.length() + ")";
      case TIME_TZ -> "TIME(" + type.length() + ")"; // normalized to UTC by Hibernate
      case INTERVAL -> "DECIMAL(21,0)";
      case UUID -> "BINARY(16)";
      case ENUM -> type.values().stream().map(this::literal).collect(Collectors.joining(",", "ENUM(", ")"));
      default -> super.typeName(type);
    };
  }

  /** {@code TEXT}/{@code BLOB} in the size that holds {@code length}: plain, MEDIUM or LONG. */
  private static String text(String kind, int length) {
    return length <= 65_535 ? kind : length <= 16_777_215 ? "MEDIUM" + kind : "LONG" + kind;
  }

  @Override
  protected boolean nativeEnum() {
    return true;
  }

  /** MySQL writes {@code AUTO_INCREMENT} after the nullability: {@code bigint not null auto_increment}. */
  @Override
  protected String columnDefinition(String table, Column column) {
    requireNoDefaultOnIdentity(table, column);
    StringBuilder sql = new StringBuilder(quoteName(column.name())).append(' ').append(typeName(column.type()));
    if (column.defaultValue() != null) {
      sql.append(" DEFAULT ").append(column.defaultValue());
    }
    if (!column.nullable()) {
      sql.append(" NOT NULL");
    }
    if (column.identity()) {
      sql.append(" AUTO_INCREMENT");
    }
    return sql.toString();
  }

  /** InnoDB, as Hibernate asks for, so foreign keys and transactions hold whatever the server's default engine. */
  @Override
  public List<SqlStatement> visit(CreateTable op) {
    List<SqlStatement> statements = new ArrayList<>(super.visit(op));
    statements.set(0, SqlStatement.of(statements.get(0).sql() + " ENGINE=InnoDB"));
    return statements;
  }

  /** MySQL changes a column by restating its whole definition (after filling NULLs it will not take). */
  @Override
  public List<SqlStatement> visit(AlterColumn op) {
    if (!op.from().name().equals(op.to().name())) {
      throw new RetortException("'" + op.describe() + "' changes the column's name from " + op.from().name()
          + " to " + op.to().name() + "; rename it with renameColumn first, then alter it.");
    }
    String modify = alterTable(op.table()) + "MODIFY COLUMN " + columnDefinition(op.table(), op.to());
    SqlStatement fill = fillNulls(op.table(), op.from(), op.to());
    return fill == null ? one(modify) : List.of(fill, SqlStatement.of(modify));
  }

  /** A unique constraint is an index in MySQL. */
  @Override
  public List<SqlStatement> visit(DropUnique op) {
    return one(alterTable(op.table()) + "DROP INDEX " + quoteName(op.constraint().name()));
  }

  @Override
  public List<SqlStatement> visit(DropCheck op) {
    return one(alterTable(op.table()) + "DROP CONSTRAINT " + quoteName(op.check().name()));
  }

  @Override
  public List<SqlStatement> visit(DropForeignKey op) {
    return one(alterTable(op.table()) + "DROP FOREIGN KEY " + quoteName(op.foreignKey().name()));
  }

  @Override
  public List<SqlStatement> visit(DropIndex op) {
    return one("DROP INDEX " + quoteName(op.index().name()) + " ON " + quoteTable(op.index().table()));
  }

  // ---- what needs the schema: foreign keys around a type change, the AUTO_INCREMENT key ----

  /**
   * Wraps what {@link #visit(AlterColumn)} and the key operations render with what the schema
   * before them asks for. Without the schema they render bare, and the server refuses loudly
   * (error 1833, or "there can be only one auto column") where the wrapping was needed.
   */
  @Override
  public List<SqlStatement> render(Operation operation, RenderContext context) {
    List<SqlStatement> statements = super.render(operation, context);
    Optional<Schema> schema = context.schema();
    if (schema.isEmpty()) {
      return statements;
    }
    if (operation instanceof AlterColumn op) {
      return aroundAlterColumn(op, schema.get(), statements);
    }
    if (operation instanceof DropPrimaryKey op) {
      Optional<Column> auto = autoIncrement(schema.get(), op.table());
      if (auto.isPresent() && leads(schema.get().table(op.table()).orElseThrow().primaryKey(), auto.get())) {
        // the key must still be indexed once the primary key is gone, so in the same statement
        return one(alterTable(op.table()) + addAutoIncrementKey(auto.get()) + ", DROP PRIMARY KEY");
      }
    } else if (operation instanceof AddPrimaryKey op) {
      Optional<Column> auto = autoIncrement(schema.get(), op.table());
      if (auto.isPresent() && leads(op.columns(), auto.get())) {
        return one(alterTable(op.table()) + "ADD PRIMARY KEY " + columnList(op.columns()) + ", " + dropAutoIncrementKey());
      }
    }
    return statements;
  }

  /** Type changes read the foreign keys, identity changes the primary key; and the renames, as everywhere. */
  @Override
  public boolean rendersWithSchema(Operation operation) {
    if (operation instanceof AlterColumn op) {
      return !typeName(op.from().type()).equals(typeName(op.to().type())) || op.from().identity() != op.to().identity()
          || super.rendersWithSchema(operation);
    }
    return operation instanceof DropPrimaryKey || operation instanceof AddPrimaryKey || super.rendersWithSchema(operation);
  }

  /** A new AUTO_INCREMENT column leads no key yet, so it comes with its own (which numbers the existing rows too). */
  @Override
  public List<SqlStatement> visit(AddColumn op) {
    List<SqlStatement> statements = super.visit(op);
    if (!op.column().identity()) {
      return statements;
    }
    return one(statements.get(0).sql() + ", " + addAutoIncrementKey(op.column()));
  }

  /** An AUTO_INCREMENT column the primary key does not lead gets its key in the table's definition. */
  @Override
  protected List<String> tableElements(Table table) {
    List<String> elements = super.tableElements(table);
    Optional<Column> auto = table.columns().stream().filter(Column::identity).findFirst();
    if (auto.isPresent() && !leads(table.primaryKey(), auto.get())) {
      elements.add("KEY " + quoteName(AUTO_INCREMENT_KEY) + " (" + quoteName(auto.get().name()) + ")");
    }
    return elements;
  }

  /** {@code ADD KEY} for the AUTO_INCREMENT key of {@code column}. */
  protected String addAutoIncrementKey(Column column) {
    return "ADD KEY " + quoteName(AUTO_INCREMENT_KEY) + " (" + quoteName(column.name()) + ")";
  }

  /** {@code DROP KEY} of the AUTO_INCREMENT key. */
  protected String dropAutoIncrementKey() {
    return "DROP KEY " + quoteName(AUTO_INCREMENT_KEY);
  }

  private static Optional<Column> autoIncrement(Schema schema, String table) {
    return schema.table(table).flatMap(t -> t.columns().stream().filter(Column::identity).findFirst());
  }

  private static boolean leads(List<String> key, Column column) {
    return !key.isEmpty() && key.get(0).equals(column.name());
  }

  /**
   * An identity change where the primary key does not lead with the column adds the column's key
   * before it or drops it after; a type change drops the foreign keys that use the column, on
   * either side, and adds them back after.
   */
  private List<SqlStatement> aroundAlterColumn(AlterColumn op, Schema schema, List<SqlStatement> statements) {
    List<SqlStatement> before = new ArrayList<>();
    List<SqlStatement> after = new ArrayList<>();
    Optional<Table> table = schema.table(op.table());
    if (op.from().identity() != op.to().identity() && table.isPresent() && !leads(table.get().primaryKey(), op.to())) {
      if (op.to().identity()) {
        before.add(SqlStatement.of(alterTable(op.table()) + addAutoIncrementKey(op.to())));
      } else {
        after.add(SqlStatement.of(alterTable(op.table()) + dropAutoIncrementKey()));
      }
    }
    if (!typeName(op.from().type()).equals(typeName(op.to().type()))) {
      for (Table child : schema.tables().values()) {
        for (ForeignKey fk : child.foreignKeys()) {
          if (!uses(child.name(), fk, op.table(), op.to().name())) {
            continue;
          }
          requireSameTypesAfter(op, schema, child, fk);
          before.add(SqlStatement.of(alterTable(child.name()) + "DROP FOREIGN KEY " + quoteName(fk.name())));
          after.add(SqlStatement.of(alterTable(child.name()) + "ADD " + foreignKeyClause(fk)));
        }
      }
    }
    if (before.isEmpty() && after.isEmpty()) {
      return statements;
    }
    List<SqlStatement> all = new ArrayList<>(before);
    all.addAll(statements);
    all.addAll(after);
    return List.copyOf(all);
  }

  /** Whether {@code fk} of table {@code child} has {@code table.column} among its columns or the ones it references. */
  private static boolean uses(String child, ForeignKey fk, String table, String column) {
    return child.equals(table) && fk.columns().contains(column)
        || fk.referencedTable().equals(table) && fk.referencedColumns().contains(column);
  }

  /**
   * MySQL adds a foreign key back only when each of its columns has the type of the column it
   * references (strings and binaries may differ in length): a change that breaks that is refused
   * here, before anything runs, rather than leaving the key dropped.
   */
  private void requireSameTypesAfter(AlterColumn op, Schema schema, Table child, ForeignKey fk) {
    Table parent = schema.table(fk.referencedTable()).orElse(null);
    if (parent == null) {
      return;
    }
    for (int i = 0; i < fk.columns().size(); i++) {
      Column referencing = child.column(fk.columns().get(i)).orElse(null);
      Column referenced = parent.column(fk.referencedColumns().get(i)).orElse(null);
      if (referencing == null || referenced == null) {
        continue;
      }
      String childType = typeName(changed(op, child.name(), referencing).type());
      String parentType = typeName(changed(op, parent.name(), referenced).type());
      if (!sameKeyType(childType, parentType)) {
        throw unsupported(op, "foreign key " + fk.name() + " uses " + op.table() + "." + op.to().name()
            + ", and afterwards " + child.name() + "." + referencing.name() + " would be " + childType + " and "
            + parent.name() + "." + referenced.name() + " " + parentType + "; " + databaseName() + " keeps a foreign "
            + "key only between columns of the same type, so the key could not be added back. Drop the foreign key "
            + "first (dropForeignKey), change both columns, then add it back (addForeignKey)");
      }
    }
  }

  private static Column changed(AlterColumn op, String table, Column column) {
    return table.equals(op.table()) && column.name().equals(op.from().name()) ? op.to() : column;
  }

  /** InnoDB's rule for a foreign key's column pair: the same type, but strings and binaries of any length. */
  private static boolean sameKeyType(String a, String b) {
    return a.equals(b) || a.startsWith("VARCHAR(") && b.startsWith("VARCHAR(")
        || a.startsWith("VARBINARY(") && b.startsWith("VARBINARY(");
  }

  // ---- sequences, as Hibernate's table emulation ----

  @Override
  public List<SqlStatement> visit(CreateSequence op) {
    String table = quoteTable(op.sequence().name());
    return List.of(
        SqlStatement.of("CREATE TABLE " + table + " (" + quoteName("next_val") + " BIGINT) ENGINE=InnoDB"),
        SqlStatement.of("INSERT INTO " + table + " (" + quoteName("next_val") + ") VALUES (" + op.sequence().start() + ")"));
  }

  /** The increment lives in the mapping (the allocation size), not in the table. */
  @Override
  public List<SqlStatement> visit(AlterSequence op) {
    super.visit(op);
    return List.of();
  }

  @Override
  public List<SqlStatement> visit(DropSequence op) {
    return one("DROP TABLE " + quoteTable(op.sequence().name()));
  }
}
