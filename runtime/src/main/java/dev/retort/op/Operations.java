package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed API a migration is written against. It only records operations, it never runs them:
 * the engine decides what to do with the recording (execute it, print it as SQL, checksum it,
 * replay it onto a schema model).
 */
public final class Operations {
  private final List<Operation> recorded = new ArrayList<>();

  /** A new, empty recording. */
  public static Operations recording() {
    return new Operations();
  }

  private Operations() {}

  /** What has been recorded so far, in order. */
  public List<Operation> recorded() {
    return List.copyOf(recorded);
  }

  /** Records any operation; the named methods below are shorthands for it. */
  public Operations add(Operation operation) {
    recorded.add(operation);
    return this;
  }

  public Operations createTable(Table table) {
    return add(new CreateTable(table));
  }

  public Operations dropTable(Table table) {
    return add(new DropTable(table));
  }

  public Operations renameTable(String from, String to) {
    return add(new RenameTable(from, to));
  }

  public Operations addColumn(String table, Column column) {
    return add(new AddColumn(table, column));
  }

  public Operations dropColumn(String table, Column column) {
    return add(new DropColumn(table, column));
  }

  public Operations renameColumn(String table, String from, String to) {
    return add(new RenameColumn(table, from, to));
  }

  /**
   * Changes a column from its definition {@code from} to {@code to} (same name). When a nullable
   * column becomes NOT NULL with a default, the rows that hold NULL are given that default first.
   */
  public Operations alterColumn(String table, Column from, Column to) {
    return add(new AlterColumn(table, from, to));
  }

  public Operations addPrimaryKey(String table, String... columns) {
    return add(new AddPrimaryKey(table, List.of(columns)));
  }

  public Operations dropPrimaryKey(String table, String... columns) {
    return add(new DropPrimaryKey(table, List.of(columns)));
  }

  public Operations addUnique(String table, UniqueConstraint constraint) {
    return add(new AddUnique(table, constraint));
  }

  public Operations dropUnique(String table, UniqueConstraint constraint) {
    return add(new DropUnique(table, constraint));
  }

  public Operations addCheck(String table, CheckConstraint check) {
    return add(new AddCheck(table, check));
  }

  public Operations dropCheck(String table, CheckConstraint check) {
    return add(new DropCheck(table, check));
  }

  public Operations addForeignKey(String table, ForeignKey foreignKey) {
    return add(new AddForeignKey(table, foreignKey));
  }

  public Operations dropForeignKey(String table, ForeignKey foreignKey) {
    return add(new DropForeignKey(table, foreignKey));
  }

  public Operations createIndex(Index index) {
    return add(new CreateIndex(index));
  }

  public Operations dropIndex(Index index) {
    return add(new DropIndex(index));
  }

  public Operations createSequence(Sequence sequence) {
    return add(new CreateSequence(sequence));
  }

  public Operations dropSequence(Sequence sequence) {
    return add(new DropSequence(sequence));
  }

  public Operations alterSequence(Sequence from, Sequence to) {
    return add(new AlterSequence(from, to));
  }

  /** Hand-written SQL for a data change; it cannot be undone automatically. */
  public Operations sql(String sql) {
    return add(new ExecuteSql(sql, null));
  }

  /** Hand-written SQL for a data change, with the SQL that undoes it. */
  public Operations sql(String sql, String downgradeSql) {
    return add(new ExecuteSql(sql, downgradeSql));
  }

  /** Hand-written JDBC code for a data change SQL cannot express. */
  public Operations jdbc(String description, JdbcWork work) {
    return add(new RunJdbc(description, work));
  }
}
