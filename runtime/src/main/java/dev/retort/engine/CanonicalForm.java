package dev.retort.engine;

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
import dev.retort.schema.Index;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;

/**
 * Writes operations in a fixed text format, field by field, for the checksum. The format is
 * spelled out here (never a {@code toString()}), so adding a component to a record changes no
 * checksum until this class is changed on purpose, together with the {@link Checksum} version.
 *
 * <p>Format, version 1: one line per operation, {@code tag(field,field,...)}. A string is
 * {@code length:text} (so no text can imitate a separator), null is {@code ~}, a boolean
 * {@code T} or {@code F}, a list {@code [a,b]}, a value {@code name(fields)}.
 *
 * <p>Not written: the {@code downgradeSql} of raw SQL (it does not change what the upgrade did,
 * and fixing it must not make an applied migration look modified) and a JDBC callback's code
 * (only its description can be seen).
 */
final class CanonicalForm implements OperationVisitor<Void> {
  private final StringBuilder out = new StringBuilder();

  static String of(List<Operation> operations) {
    CanonicalForm form = new CanonicalForm();
    for (Operation operation : operations) {
      operation.accept(form);
      form.out.append('\n');
    }
    return form.out.toString();
  }

  // ---- values ----

  private CanonicalForm open(String tag) {
    out.append(tag).append('(');
    return this;
  }

  private CanonicalForm close() {
    out.append(')');
    return this;
  }

  private CanonicalForm sep() {
    out.append(',');
    return this;
  }

  private CanonicalForm str(String s) {
    if (s == null) {
      out.append('~');
    } else {
      out.append(s.length()).append(':').append(s);
    }
    return this;
  }

  private CanonicalForm bool(boolean b) {
    out.append(b ? 'T' : 'F');
    return this;
  }

  private CanonicalForm num(long n) {
    out.append(n);
    return this;
  }

  private CanonicalForm strings(List<String> list) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        sep();
      }
      str(list.get(i));
    }
    out.append(']');
    return this;
  }

  private <T> CanonicalForm each(List<T> list, java.util.function.Consumer<T> writer) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        sep();
      }
      writer.accept(list.get(i));
    }
    out.append(']');
    return this;
  }

  private CanonicalForm type(ColumnType t) {
    return open("type").str(t.kind().name()).sep().num(t.length()).sep().num(t.precision()).sep()
        .num(t.scale()).sep().strings(t.values()).close();
  }

  private CanonicalForm column(Column c) {
    return open("column").str(c.name()).sep().type(c.type()).sep().bool(c.nullable()).sep()
        .bool(c.identity()).sep().str(c.defaultValue()).close();
  }

  private CanonicalForm unique(UniqueConstraint u) {
    return open("unique").str(u.name()).sep().strings(u.columns()).close();
  }

  private CanonicalForm check(CheckConstraint c) {
    return open("check").str(c.name()).sep().str(c.expression()).close();
  }

  private CanonicalForm foreignKey(ForeignKey f) {
    return open("foreign_key").str(f.name()).sep().strings(f.columns()).sep().str(f.referencedTable())
        .sep().strings(f.referencedColumns()).sep().str(f.onDelete().name()).close();
  }

  private CanonicalForm index(Index i) {
    return open("index").str(i.name()).sep().str(i.table()).sep().strings(i.columns()).sep()
        .bool(i.unique()).close();
  }

  private CanonicalForm sequence(Sequence s) {
    return open("sequence").str(s.name()).sep().num(s.start()).sep().num(s.increment()).close();
  }

  private CanonicalForm table(Table t) {
    return open("table").str(t.name()).sep()
        .each(t.columns(), this::column).sep()
        .strings(t.primaryKey()).sep()
        .each(t.uniqueConstraints(), this::unique).sep()
        .each(t.checks(), this::check).sep()
        .each(t.foreignKeys(), this::foreignKey).sep()
        .each(t.indexes(), this::index).close();
  }

  // ---- operations ----

  @Override
  public Void visit(CreateTable op) {
    open("create_table").table(op.table()).close();
    return null;
  }

  @Override
  public Void visit(DropTable op) {
    open("drop_table").table(op.table()).close();
    return null;
  }

  @Override
  public Void visit(RenameTable op) {
    open("rename_table").str(op.from()).sep().str(op.to()).close();
    return null;
  }

  @Override
  public Void visit(AddColumn op) {
    open("add_column").str(op.table()).sep().column(op.column()).close();
    return null;
  }

  @Override
  public Void visit(DropColumn op) {
    open("drop_column").str(op.table()).sep().column(op.column()).close();
    return null;
  }

  @Override
  public Void visit(RenameColumn op) {
    open("rename_column").str(op.table()).sep().str(op.from()).sep().str(op.to()).close();
    return null;
  }

  @Override
  public Void visit(AlterColumn op) {
    open("alter_column").str(op.table()).sep().column(op.from()).sep().column(op.to()).close();
    return null;
  }

  @Override
  public Void visit(AddPrimaryKey op) {
    open("add_primary_key").str(op.table()).sep().strings(op.columns()).close();
    return null;
  }

  @Override
  public Void visit(DropPrimaryKey op) {
    open("drop_primary_key").str(op.table()).sep().strings(op.columns()).close();
    return null;
  }

  @Override
  public Void visit(AddUnique op) {
    open("add_unique").str(op.table()).sep().unique(op.constraint()).close();
    return null;
  }

  @Override
  public Void visit(DropUnique op) {
    open("drop_unique").str(op.table()).sep().unique(op.constraint()).close();
    return null;
  }

  @Override
  public Void visit(AddCheck op) {
    open("add_check").str(op.table()).sep().check(op.check()).close();
    return null;
  }

  @Override
  public Void visit(DropCheck op) {
    open("drop_check").str(op.table()).sep().check(op.check()).close();
    return null;
  }

  @Override
  public Void visit(AddForeignKey op) {
    open("add_foreign_key").str(op.table()).sep().foreignKey(op.foreignKey()).close();
    return null;
  }

  @Override
  public Void visit(DropForeignKey op) {
    open("drop_foreign_key").str(op.table()).sep().foreignKey(op.foreignKey()).close();
    return null;
  }

  @Override
  public Void visit(CreateIndex op) {
    open("create_index").index(op.index()).close();
    return null;
  }

  @Override
  public Void visit(DropIndex op) {
    open("drop_index").index(op.index()).close();
    return null;
  }

  @Override
  public Void visit(CreateSequence op) {
    open("create_sequence").sequence(op.sequence()).close();
    return null;
  }

  @Override
  public Void visit(DropSequence op) {
    open("drop_sequence").sequence(op.sequence()).close();
    return null;
  }

  @Override
  public Void visit(AlterSequence op) {
    open("alter_sequence").sequence(op.from()).sep().sequence(op.to()).close();
    return null;
  }

  @Override
  public Void visit(ExecuteSql op) {
    open("execute_sql").str(op.sql()).close();
    return null;
  }

  @Override
  public Void visit(RunJdbc op) {
    open("run_jdbc").str(op.description()).close();
    return null;
  }
}
