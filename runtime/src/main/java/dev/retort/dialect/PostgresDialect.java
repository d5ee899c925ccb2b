package dev.retort.dialect;

import dev.retort.op.AlterColumn;
import dev.retort.op.DropPrimaryKey;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL 12 and later. Unquoted names fold to lower case; names longer than 63 bytes are
 * shortened (PostgreSQL would silently cut them, so two long names could meet). Types are those
 * Hibernate 7's {@code PostgreSQLDialect} writes: {@code bytea} for binary strings, {@code oid}
 * (large objects) for {@code @Lob} columns, {@code varchar(255)} with a CHECK for string enums.
 *
 * <h2>What PostgreSQL guarantees</h2>
 *
 * DDL is transactional: a migration and its version-table row commit together or not at all. A
 * failed migration leaves the database exactly as it was before it.
 */
public class PostgresDialect extends AnsiDialect {
  private static final Capabilities CAPABILITIES = new Capabilities(true, true, true, true, 63);

  public PostgresDialect() {
    super(IdentifierCase.LOWER);
  }

  /** TRUE, without the default's type lookup: the start-up check asks for it, and the lookup loads the type classes. */
  @Override
  public String trueLiteral() {
    return "TRUE";
  }

  @Override
  public String databaseName() {
    return "PostgreSQL";
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  /** PostgreSQL's limit (NAMEDATALEN - 1) counts bytes, not characters. */
  @Override
  protected int nameLength(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }

  @Override
  public String typeName(ColumnType type) {
    return switch (type.kind()) {
      case VARCHAR -> sized("VARCHAR", type.length());
      case CLOB, BLOB -> "OID";
      case VARBINARY -> "BYTEA";
      case UUID -> "UUID";
      case INTERVAL -> "INTERVAL SECOND(6)";
      // Hibernate 7 stores an OffsetTime here normalized to UTC in a time, not a timetz
      case TIME_TZ -> "TIME(" + type.length() + ")";
      default -> super.typeName(type);
    };
  }

  /**
   * A string literal that reads the same whatever {@code standard_conforming_strings} says: a
   * value with a backslash is written as an escape string, {@code E'...'}, its backslashes
   * doubled, since a server where the setting is off (the default before 9.1, still set on some)
   * reads a backslash in an ordinary literal as an escape. Any other value is an ordinary literal.
   */
  /** From the transaction's start (BEGIN, sent with its first statement) to now, truncated as the client's clock would be. */
  @Override
  public Optional<String> transactionMillis() {
    return Optional.of("CAST(FLOOR(EXTRACT(EPOCH FROM clock_timestamp() - CURRENT_TIMESTAMP) * 1000) AS BIGINT)");
  }

  /**
   * Only for this transaction, and only ever turned off: a server or session that already commits
   * asynchronously, or waits for a standby, keeps its setting for the batch's last commit.
   */
  @Override
  public Optional<String> asynchronousCommit() {
    return Optional.of("SET LOCAL synchronous_commit TO OFF");
  }

  @Override
  public String literal(String value) {
    if (value.indexOf('\\') < 0) {
      return super.literal(value);
    }
    return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  /**
   * A change of kind converts the stored values with a cast, which PostgreSQL wants spelled out.
   * A {@code @Lob} column is an {@code oid}, the number of a large object that holds the value, so
   * a value moves into one with {@code lo_from_bytea} and out of one with {@code lo_get}; a cast
   * would read the text {@code 42} as the number of some other large object. Moving out leaves the
   * large objects in place (PostgreSQL's {@code vacuumlo} removes those nothing refers to).
   */
  @Override
  protected String setDataType(AlterColumn op) {
    Column from = op.from();
    Column to = op.to();
    String sql = super.setDataType(op);
    if (from.type().kind() == to.type().kind()) {
      return sql;
    }
    String column = quoteName(to.name());
    boolean intoLargeObject = largeObject(to.type());
    boolean outOfLargeObject = largeObject(from.type());
    if (intoLargeObject && outOfLargeObject) {
      return sql;
    }
    if (intoLargeObject) {
      if (text(from.type())) {
        return sql + " USING lo_from_bytea(0, convert_to(" + column + ", 'UTF8'))";
      }
      if (from.type().kind() == ColumnType.Kind.VARBINARY) {
        return sql + " USING lo_from_bytea(0, " + column + ")";
      }
      throw unsupported(op, "a " + from.type() + " value has no large object to become");
    }
    if (outOfLargeObject) {
      if (text(to.type())) {
        return sql + " USING convert_from(lo_get(" + column + "), 'UTF8')";
      }
      if (to.type().kind() == ColumnType.Kind.VARBINARY) {
        return sql + " USING lo_get(" + column + ")";
      }
      throw unsupported(op, "a large object's bytes do not convert to " + to.type());
    }
    return sql + " USING " + column + "::" + typeName(to.type());
  }

  /** PostgreSQL's identity is a sequence of its own, set with {@code setval}. */
  @Override
  protected SqlStatement continueIdentityAfterRows(String table, Column column) {
    String name = quoteName(column.name());
    return SqlStatement.of("SELECT setval(pg_get_serial_sequence(" + literal(quoteTable(table)) + ", "
        + literal(storedName(column.name())) + "), COALESCE(MAX(" + name + "), 0) + 1, false) FROM " + quoteTable(table));
  }

  private static boolean largeObject(ColumnType type) {
    return type.kind() == ColumnType.Kind.CLOB || type.kind() == ColumnType.Kind.BLOB;
  }

  private static boolean text(ColumnType type) {
    return switch (type.kind()) {
      case CHAR, VARCHAR, ENUM -> true;
      default -> false;
    };
  }

  /**
   * PostgreSQL drops a primary key by its constraint's name, which it chose when the table was
   * created ({@code <table>_pkey}) and which a later table rename does not follow: the statement
   * looks the name up in the catalog.
   */
  @Override
  public List<SqlStatement> visit(DropPrimaryKey op) {
    String table = quoteTable(op.table());
    return one("DO $$DECLARE pk name; BEGIN SELECT conname INTO pk FROM pg_constraint WHERE conrelid = "
        + literal(table) + "::regclass AND contype = 'p'; EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', "
        + literal(table) + ", pk); END$$");
  }
}
