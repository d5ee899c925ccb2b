package dev.retort.dialect;

import dev.retort.op.AddCheck;
import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AddUnique;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.CreateSequence;
import dev.retort.op.DropCheck;
import dev.retort.op.DropColumn;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.DropSequence;
import dev.retort.op.DropUnique;
import dev.retort.op.Operation;
import dev.retort.op.SchemaReplay;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * SQLite 3.35 and later. Its {@code ALTER TABLE} only renames tables and columns and adds simple
 * columns, so every other change to a table is a <em>rebuild</em>, as Alembic's batch mode does
 * it: create the table as it must become under a temporary name, copy the rows, drop the old
 * table, rename the new one, and recreate its indexes. The rebuild needs the table's full
 * definition before the change, which this dialect takes from the {@link RenderContext} (the
 * engine replays the migrations applied so far); without it, such an operation is refused.
 *
 * <p>Types are those Hibernate's community {@code SQLiteDialect} writes (SQLite stores values by
 * affinity, so the names matter for readers, not for storage). An identity column is SQLite's
 * {@code INTEGER PRIMARY KEY}, an alias of the row id: it must be the table's whole primary key.
 * SQLite has no sequences: as Hibernate does, a sequence is a one-row table {@code (next_val)}.
 *
 * <h2>What SQLite guarantees</h2>
 *
 * DDL is transactional: a migration, rebuilds included, and its version-table row commit
 * together or not at all, so a failed rebuild loses no row. Dropping a table while foreign keys
 * are enforced would delete its rows first (and cascade to other tables), so the engine pauses
 * enforcement around each migration ({@link #foreignKeyPause()}) and checks every reference
 * ({@code PRAGMA foreign_key_check}) before committing: a migration that leaves a broken
 * reference rolls back.
 */
public class SqliteDialect extends AnsiDialect {
  private static final Capabilities CAPABILITIES = new Capabilities(true, false, true, true, Integer.MAX_VALUE);
  private static final ForeignKeyPause PAUSE = new ForeignKeyPause(
      "PRAGMA foreign_keys", "PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys = ON", "PRAGMA foreign_key_check");

  /** The prefix of the temporary table a rebuild creates. */
  static final String TEMPORARY_PREFIX = "_retort_tmp_";

  private static final Set<Class<? extends Operation>> REBUILDS = Set.of(
      AlterColumn.class, DropColumn.class, AddPrimaryKey.class, DropPrimaryKey.class, AddUnique.class,
      DropUnique.class, AddCheck.class, DropCheck.class, AddForeignKey.class, DropForeignKey.class);

  public SqliteDialect() {
    super(IdentifierCase.AS_WRITTEN);
  }

  @Override
  public String databaseName() {
    return "SQLite";
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  /** ISO 8601 in UTC, as the driver writes a timestamp the engine records. */
  @Override
  public String currentTimestamp() {
    return "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
  }

  /** SQLite has no users. */
  @Override
  public String currentUser() {
    return "NULL";
  }

  @Override
  public Optional<ForeignKeyPause> foreignKeyPause() {
    return Optional.of(PAUSE);
  }

  private String sqliteTypeName(ColumnType type) {
    return switch (type.kind()) {
      case REAL, DOUBLE -> "FLOAT";
      case CHAR -> sized("CHAR", type.length());
      case VARCHAR -> sized("VARCHAR", type.length());
      case CLOB -> "CLOB";
      case VARBINARY, BLOB, UUID -> "BLOB";
      case TIME, TIME_TZ -> "TIME";
      case TIMESTAMP, TIMESTAMP_TZ -> "TIMESTAMP";
      case INTERVAL -> "NUMERIC(21,0)";
      default -> super.typeName(type);
    };
  }

  // ---- the rebuild ----

  /** The operations SQLite's ALTER TABLE cannot make become a rebuild of their table. */
  @Override
  public List<SqlStatement> render(Operation operation, RenderContext context) {
    if (REBUILDS.contains(operation.getClass()) || operation instanceof AddColumn add && !simple(add.column())) {
      return rebuild(operation, context);
    }
    return super.render(operation, context);
  }

  /** A rebuild needs the table's whole definition; the rest renders as the other databases do. */
  @Override
  public boolean rendersWithSchema(Operation operation) {
    return REBUILDS.contains(operation.getClass()) || operation instanceof AddColumn add && !simple(add.column())
        || super.rendersWithSchema(operation);
  }

  /**
   * SQLite adds a column in place when it needs no value for existing rows, is no key, and its
   * default is a constant: SQLite refuses {@code ADD COLUMN} with {@code CURRENT_TIME},
   * {@code CURRENT_DATE}, {@code CURRENT_TIMESTAMP} or an expression in parentheses.
   */
  private static boolean simple(Column column) {
    return !column.identity() && (column.nullable() || column.defaultValue() != null)
        && (column.defaultValue() == null || constant(column.defaultValue()));
  }

  private static boolean constant(String defaultValue) {
    String value = defaultValue.strip().toUpperCase(Locale.ROOT);
    return !value.startsWith("(") && !value.equals("CURRENT_TIME") && !value.equals("CURRENT_DATE")
        && !value.equals("CURRENT_TIMESTAMP");
  }

  private List<SqlStatement> rebuild(Operation operation, RenderContext context) {
    String name = tableOf(operation);
    Schema before = context.schema().orElse(null);
    Table old = context.table(name).orElseThrow(() -> unsupported(operation, "SQLite makes this change by "
        + "rebuilding the table, which needs the table's definition, and it is not known here (Retort's engine "
        + "knows it from the migrations applied so far; a script rendered without them cannot)"));
    Table changed = SchemaReplay.apply(before, List.of(operation)).table(name).orElseThrow();
    String temporary = QualifiedName.parse(name).sibling(TEMPORARY_PREFIX + QualifiedName.parse(name).name()).toString();
    List<String> copied = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Column column : changed.columns()) {
      Optional<Column> was = old.column(column.name());
      if (was.isPresent()) {
        copied.add(column.name());
        // a column that becomes NOT NULL with a default gives that default to the rows that hold NULL
        values.add(fillsNulls(was.get(), column) ? "COALESCE(" + quoteName(column.name()) + ", " + column.defaultValue() + ")"
            : quoteName(column.name()));
      }
    }
    List<SqlStatement> statements = new ArrayList<>();
    statements.add(SqlStatement.of(createTableSql(changed, temporary)));
    statements.add(SqlStatement.of("INSERT INTO " + quoteTable(temporary) + " " + columnList(copied)
        + " SELECT " + String.join(", ", values) + " FROM " + quoteTable(name)));
    statements.add(SqlStatement.of("DROP TABLE " + quoteTable(name)));
    statements.add(SqlStatement.of("ALTER TABLE " + quoteTable(temporary) + " RENAME TO "
        + quoteName(QualifiedName.parse(name).name())));
    statements.addAll(createIndexes(changed));
    return statements;
  }

  private static String tableOf(Operation operation) {
    if (operation instanceof AlterColumn o) {
      return o.table();
    } else if (operation instanceof DropColumn o) {
      return o.table();
    } else if (operation instanceof AddColumn o) {
      return o.table();
    } else if (operation instanceof AddPrimaryKey o) {
      return o.table();
    } else if (operation instanceof DropPrimaryKey o) {
      return o.table();
    } else if (operation instanceof AddUnique o) {
      return o.table();
    } else if (operation instanceof DropUnique o) {
      return o.table();
    } else if (operation instanceof AddCheck o) {
      return o.table();
    } else if (operation instanceof DropCheck o) {
      return o.table();
    } else if (operation instanceof AddForeignKey o) {
      return o.table();
    } else if (operation instanceof DropForeignKey o) {
      return o.table();
    }
    throw new IllegalArgumentException("no rebuild for " + operation.describe());
  }

  // ---- tables and columns ----

  /** SQLite cannot rename a constraint, and needs not: a rebuild writes every constraint anew. */
  @Override
  protected List<String> derivedConstraintNames(String table, Column column) {
    return List.of();
  }

  /** SQLite's TINYINT, as Hibernate writes it. */
  @Override
  public String typeName(ColumnType type) {
    return type.kind() == ColumnType.Kind.TINYINT ? "TINYINT" : sqliteTypeName(type);
  }

  /** An identity column is the row id's alias, {@code INTEGER} and the whole primary key. */
  @Override
  protected String createTableSql(Table table, String createdName) {
    for (Column column : table.columns()) {
      if (column.identity() && !table.primaryKey().equals(List.of(column.name()))) {
        throw new UnsupportedByDialectException(databaseName(), new dev.retort.op.CreateTable(table),
            "identity column " + column.name() + " must be the whole primary key on SQLite (its INTEGER PRIMARY KEY)");
      }
    }
    return super.createTableSql(table, createdName);
  }

  @Override
  protected String columnDefinition(String table, Column column) {
    if (!column.identity()) {
      return super.columnDefinition(table, column);
    }
    requireNoDefaultOnIdentity(table, column);
    return quoteName(column.name()) + " INTEGER NOT NULL";
  }

  // ---- sequences, as Hibernate's table emulation ----

  @Override
  public List<SqlStatement> visit(CreateSequence op) {
    String table = quoteTable(op.sequence().name());
    return List.of(
        SqlStatement.of("CREATE TABLE " + table + " (" + quoteName("next_val") + " BIGINT)"),
        SqlStatement.of("INSERT INTO " + table + " (" + quoteName("next_val") + ") VALUES (" + op.sequence().start() + ")"));
  }

  /** The increment lives in the mapping (the allocation size), not in the table. */
  @Override
  public List<SqlStatement> visit(AlterSequence op) {
    standardAlterSequence(op);
    return List.of();
  }

  @Override
  public List<SqlStatement> visit(DropSequence op) {
    return one("DROP TABLE " + quoteTable(op.sequence().name()));
  }
}
