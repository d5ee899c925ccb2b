package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.DropColumn;
import dev.retort.op.DropIndex;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SQL Server 2016 and later. Names are quoted with brackets and kept as written. Types are those
 * Hibernate 7's {@code SQLServerDialect} writes: {@code bit}, {@code datetime2(p)},
 * {@code datetimeoffset(p)}, {@code uniqueidentifier}, {@code varchar(max)}/{@code varbinary(max)}
 * for LOBs, {@code smallint} for a Java {@code byte} (SQL Server's {@code tinyint} has no sign).
 *
 * <p>A column default is a constraint in SQL Server, which must be dropped before its column
 * can be dropped or its default changed, so Retort names it: {@code DF_<table>_<column>}.
 * SQL Server cannot turn an existing column into an identity column or back: such a change is an
 * {@link UnsupportedByDialectException} naming the way out.
 *
 * <h2>What SQL Server guarantees</h2>
 *
 * DDL is transactional: a migration and its version-table row commit together or not at all.
 */
public class SqlServerDialect extends AnsiDialect {
  private static final Capabilities CAPABILITIES = new Capabilities(true, true, true, true, 128);

  public SqlServerDialect() {
    super(IdentifierCase.AS_WRITTEN);
  }

  @Override
  public String databaseName() {
    return "SQL Server";
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  /** The time with its offset: SQL Server's CURRENT_TIMESTAMP is a local time without one. */
  @Override
  public String currentTimestamp() {
    return "SYSDATETIMEOFFSET()";
  }

  @Override
  protected char openQuote() {
    return '[';
  }

  @Override
  protected char closeQuote() {
    return ']';
  }

  /** A Unicode string literal. */
  @Override
  public String literal(String value) {
    return "N" + super.literal(value);
  }

  @Override
  public String typeName(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "BIT";
      case TINYINT -> "SMALLINT";
      case INTEGER -> "INT";
      case DOUBLE -> "FLOAT(53)";
      case VARCHAR -> type.length() == 0 || type.length() > 8000 ? "VARCHAR(MAX)" : "VARCHAR(" + type.length() + ")";
      case CLOB -> "VARCHAR(MAX)";
      case VARBINARY -> type.length() == 0 || type.length() > 8000 ? "VARBINARY(MAX)" : "VARBINARY(" + type.length() + ")";
      case BLOB -> "VARBINARY(MAX)";
      case TIME -> "TIME(" + type.length() + ")";
      case TIME_TZ -> "DATETIMEOFFSET(" + type.length() + ")"; // as Hibernate stores an OffsetTime here
      case TIMESTAMP -> "DATETIME2(" + type.length() + ")";
      case TIMESTAMP_TZ -> "DATETIMEOFFSET(" + type.length() + ")";
      case INTERVAL -> "NUMERIC(21,0)";
      case UUID -> "UNIQUEIDENTIFIER";
      default -> super.typeName(type);
    };
  }

  /** A column's default constraint and its ENUM check carry its name and its table's. */
  @Override
  protected List<String> derivedConstraintNames(String table, Column column) {
    List<String> names = new ArrayList<>(super.derivedConstraintNames(table, column));
    if (column.defaultValue() != null) {
      names.add(defaultName(table, column.name()));
    }
    return names;
  }

  @Override
  protected SqlStatement renameConstraint(String table, String from, String to) {
    QualifiedName constraint = QualifiedName.parse(table).sibling(from);
    return SqlStatement.of("EXEC sp_rename " + literal(quoteTable(constraint.toString())) + ", " + literal(storedName(to))
        + ", N'OBJECT'");
  }

  private String defaultName(String table, String column) {
    return "DF_" + QualifiedName.parse(table).name() + "_" + column;
  }

  /** {@code [c] type IDENTITY CONSTRAINT [DF_t_c] DEFAULT x NOT NULL}. */
  @Override
  protected String columnDefinition(String table, Column column) {
    requireNoDefaultOnIdentity(table, column);
    StringBuilder sql = new StringBuilder(quoteName(column.name())).append(' ').append(typeName(column.type()));
    if (column.identity()) {
      sql.append(" IDENTITY");
    }
    if (column.defaultValue() != null) {
      sql.append(" CONSTRAINT ").append(quoteName(defaultName(table, column.name())))
          .append(" DEFAULT ").append(column.defaultValue());
    }
    sql.append(column.nullable() ? " NULL" : " NOT NULL");
    String check = enumCheck(table, column);
    if (check != null) {
      sql.append(' ').append(check);
    }
    return sql.toString();
  }

  /**
   * A nullable column with a default is added {@code WITH VALUES}: without it SQL Server leaves
   * the existing rows NULL, where the other databases give them the default.
   */
  @Override
  public List<SqlStatement> visit(AddColumn op) {
    Column column = op.column();
    boolean fill = column.nullable() && column.defaultValue() != null;
    return one(alterTable(op.table()) + "ADD " + columnDefinition(op.table(), column) + (fill ? " WITH VALUES" : ""));
  }

  /** Its default and enum check go first: SQL Server refuses to drop a column a constraint uses. */
  @Override
  public List<SqlStatement> visit(DropColumn op) {
    List<SqlStatement> statements = new ArrayList<>();
    Column column = op.column();
    if (column.defaultValue() != null) {
      statements.add(SqlStatement.of(alterTable(op.table()) + "DROP CONSTRAINT " + quoteName(defaultName(op.table(), column.name()))));
    }
    if (enumCheck(op.table(), column) != null) {
      statements.add(SqlStatement.of(alterTable(op.table()) + "DROP CONSTRAINT " + quoteName(enumCheckName(op.table(), column.name()))));
    }
    statements.add(SqlStatement.of(alterTable(op.table()) + "DROP COLUMN " + quoteName(column.name())));
    return statements;
  }

  @Override
  public List<SqlStatement> visit(RenameColumn op) {
    return one("EXEC sp_rename " + literal(quoteTable(op.table()) + "." + quoteName(op.from())) + ", "
        + literal(storedName(op.to())) + ", N'COLUMN'");
  }

  @Override
  public List<SqlStatement> visit(RenameTable op) {
    QualifiedName from = QualifiedName.parse(op.from());
    QualifiedName to = QualifiedName.parse(op.to());
    if (!Objects.equals(from.schema(), to.schema())) {
      throw unsupported(op, "renaming cannot move a table to another schema");
    }
    return one("EXEC sp_rename " + literal(quoteTable(op.from())) + ", " + literal(storedName(to.name())));
  }

  /**
   * Type and nullability change together ({@code ALTER COLUMN c type NULL|NOT NULL}); a default
   * is dropped and added as its named constraint, and set aside while the type changes kind (SQL
   * Server changes the length, precision or scale of a column a default constraint is bound to,
   * but not its data type).
   */
  @Override
  public List<SqlStatement> visit(AlterColumn op) {
    Column from = op.from();
    Column to = op.to();
    if (!from.name().equals(to.name())) {
      throw new RetortException("'" + op.describe() + "' changes the column's name from " + from.name()
          + " to " + to.name() + "; rename it with renameColumn first, then alter it.");
    }
    if (from.identity() != to.identity()) {
      throw unsupported(op, "SQL Server cannot make an existing column an identity column or stop one being one; "
          + "add a new column and copy the values instead");
    }
    String table = alterTable(op.table());
    List<SqlStatement> statements = new ArrayList<>();
    boolean typeChanges = !from.type().equals(to.type());
    boolean kindChanges = from.type().kind() != to.type().kind();
    boolean defaultChanges = kindChanges || !Objects.equals(from.defaultValue(), to.defaultValue());
    if (defaultChanges && from.defaultValue() != null) {
      statements.add(SqlStatement.of(table + "DROP CONSTRAINT " + quoteName(defaultName(op.table(), from.name()))));
    }
    if (typeChanges && enumCheck(op.table(), from) != null) {
      statements.add(SqlStatement.of(table + "DROP CONSTRAINT " + quoteName(enumCheckName(op.table(), from.name()))));
    }
    SqlStatement fill = fillNulls(op.table(), from, to);
    if (fill != null) {
      statements.add(fill);
    }
    if (typeChanges || from.nullable() != to.nullable()) {
      statements.add(SqlStatement.of(table + "ALTER COLUMN " + quoteName(to.name()) + " " + typeName(to.type())
          + (to.nullable() ? " NULL" : " NOT NULL")));
    }
    if (typeChanges && enumCheck(op.table(), to) != null) {
      statements.add(SqlStatement.of(table + "ADD " + enumCheck(op.table(), to)));
    }
    if (defaultChanges && to.defaultValue() != null) {
      statements.add(SqlStatement.of(table + "ADD CONSTRAINT " + quoteName(defaultName(op.table(), to.name()))
          + " DEFAULT " + to.defaultValue() + " FOR " + quoteName(to.name())));
    }
    return statements;
  }

  /**
   * The primary key's name was chosen by SQL Server; the statement looks it up. Its variables live
   * in a batch of their own ({@code sp_executesql}), since a variable is declared once per batch
   * and a script may drop several primary keys in one; and {@code EXEC(...)} takes only literals
   * and variables, so the statement is built in a variable first.
   */
  @Override
  public List<SqlStatement> visit(DropPrimaryKey op) {
    String table = quoteTable(op.table());
    String batch = "DECLARE @pk sysname = (SELECT name FROM sys.key_constraints WHERE type = 'PK' AND parent_object_id = "
        + "OBJECT_ID(" + literal(table) + ")); DECLARE @drop nvarchar(max) = " + literal("ALTER TABLE " + table
        + " DROP CONSTRAINT ") + " + QUOTENAME(@pk); EXEC sp_executesql @drop";
    return one("EXEC sp_executesql " + literal(batch));
  }

  @Override
  public List<SqlStatement> visit(DropIndex op) {
    return one("DROP INDEX " + quoteName(op.index().name()) + " ON " + quoteTable(op.index().table()));
  }
}
