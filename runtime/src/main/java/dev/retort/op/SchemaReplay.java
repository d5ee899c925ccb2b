package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Applies operations to a {@link Schema} value, as the database would apply them, and returns the
 * schema they lead to. It checks that each operation fits: what it creates does not exist yet,
 * what it drops, renames or alters exists, and the definition an operation keeps for its inverse
 * (the column before an alter, the index it drops) is what the schema holds.
 *
 * <p>Used to check that a chain of migrations leads to the committed snapshot, and to compare a
 * live database with what the migrations say it should be. Raw SQL and JDBC callbacks are opaque:
 * they leave the schema as it is.
 *
 * <p>A column still used by the primary key, a unique constraint, an index or a foreign key cannot
 * be dropped, and a table still referenced by another table's foreign key cannot be dropped:
 * databases differ in what they drop along with it, so a migration must drop those first.
 */
public final class SchemaReplay {
  private SchemaReplay() {}

  /**
   * @throws SchemaReplayException at the first operation that does not fit, naming it and its
   *     position in {@code operations}
   */
  public static Schema apply(Schema schema, List<Operation> operations) {
    Schema current = schema;
    for (int i = 0; i < operations.size(); i++) {
      Operation operation = operations.get(i);
      try {
        current = operation.accept(new Step(current));
      } catch (Misfit e) {
        throw new SchemaReplayException(i, operation, e.getMessage());
      }
    }
    return current;
  }

  /** A reason an operation does not fit; becomes a {@link SchemaReplayException} with its position. */
  private static final class Misfit extends RuntimeException {
    Misfit(String reason) {
      super(reason, null, false, false);
    }
  }

  /** One operation applied to one schema. */
  private static final class Step implements OperationVisitor<Schema> {
    private final Schema schema;

    Step(Schema schema) {
      this.schema = schema;
    }

    // ---- checks ----

    private Table table(String name) {
      return schema.table(name).orElseThrow(() -> new Misfit("there is no table " + name));
    }

    private void absentTable(String name) {
      if (schema.table(name).isPresent()) {
        throw new Misfit("table " + name + " exists already");
      }
    }

    private Column column(Table table, String name) {
      return table.column(name).orElseThrow(() -> new Misfit("table " + table.name() + " has no column " + name));
    }

    private void columns(Table table, List<String> names) {
      names.forEach(n -> column(table, n));
    }

    private void absentColumn(Table table, String name) {
      if (table.column(name).isPresent()) {
        throw new Misfit("table " + table.name() + " has a column " + name + " already");
      }
    }

    private void freeConstraintName(Table table, String name) {
      boolean used = table.uniqueConstraints().stream().anyMatch(u -> u.name().equals(name))
          || table.checks().stream().anyMatch(c -> c.name().equals(name))
          || table.foreignKeys().stream().anyMatch(f -> f.name().equals(name));
      if (used) {
        throw new Misfit("table " + table.name() + " has a constraint " + name + " already");
      }
    }

    private void freeIndexName(String name) {
      for (Table t : schema.tables().values()) {
        if (t.indexes().stream().anyMatch(i -> i.name().equals(name))) {
          throw new Misfit("an index " + name + " exists already, on " + t.name());
        }
      }
    }

    private void references(Table table, ForeignKey fk) {
      columns(table, fk.columns());
      Table target = fk.referencedTable().equals(table.name()) ? table
          : schema.table(fk.referencedTable()).orElseThrow(() -> new Misfit(
              "foreign key " + fk.name() + " references the missing table " + fk.referencedTable()));
      columns(target, fk.referencedColumns());
    }

    private static <T> T same(T expected, T actual, String what) {
      if (!Objects.equals(expected, actual)) {
        throw new Misfit(what + " is " + actual + " in the schema, but the operation expects " + expected);
      }
      return actual;
    }

    private static <T> T named(List<T> list, Function<T, String> name, String wanted, Table table, String what) {
      return list.stream().filter(e -> name.apply(e).equals(wanted)).findFirst()
          .orElseThrow(() -> new Misfit("table " + table.name() + " has no " + what + " " + wanted));
    }

    private static <T> List<T> without(List<T> list, Predicate<T> drop) {
      List<T> kept = new ArrayList<>(list);
      kept.removeIf(drop);
      return kept;
    }

    private static <T> List<T> with(List<T> list, T element) {
      List<T> more = new ArrayList<>(list);
      more.add(element);
      return more;
    }

    private static List<String> renamed(List<String> names, String from, String to) {
      return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }

    /**
     * A check's expression with the renamed column's name replaced, as the databases rewrite their
     * checks on a rename (a SQLite rebuild writes the table from this schema, so the old name would
     * be "no such column"). An unquoted name matches whatever its case, a quoted one ("x", `x`,
     * [x]) exactly; string literals, and a name followed by "(" (a function), are left alone.
     */
    private static String renamedIn(String expression, String from, String to) {
      StringBuilder out = new StringBuilder(expression.length());
      int i = 0;
      while (i < expression.length()) {
        char c = expression.charAt(i);
        if (c == '\'') {
          int end = i + 1;
          while (end < expression.length()) {
            if (expression.charAt(end) == '\'') {
              if (end + 1 < expression.length() && expression.charAt(end + 1) == '\'') {
                end += 2; // a doubled quote inside the literal
                continue;
              }
              break;
            }
            end++;
          }
          end = Math.min(end + 1, expression.length());
          out.append(expression, i, end);
          i = end;
        } else if (c == '"' || c == '`' || c == '[') {
          char close = c == '[' ? ']' : c;
          int end = expression.indexOf(close, i + 1);
          if (end < 0) {
            out.append(expression.substring(i));
            break;
          }
          String name = expression.substring(i + 1, end);
          out.append(name.equals(from) ? c + to + close : expression.substring(i, end + 1));
          i = end + 1;
        } else if (Character.isLetter(c) || c == '_') {
          int end = i + 1;
          while (end < expression.length() && (Character.isLetterOrDigit(expression.charAt(end))
              || expression.charAt(end) == '_' || expression.charAt(end) == '$')) {
            end++;
          }
          int next = end;
          while (next < expression.length() && Character.isWhitespace(expression.charAt(next))) {
            next++;
          }
          boolean function = next < expression.length() && expression.charAt(next) == '(';
          String word = expression.substring(i, end);
          out.append(!function && word.equalsIgnoreCase(from) ? to : word);
          i = end;
        } else {
          out.append(c);
          i++;
        }
      }
      return out.toString();
    }

    private Schema put(Table table) {
      return schema.withTable(table);
    }

    /** Every table's foreign keys, rewritten. */
    private Schema rewriteForeignKeys(Schema s, Function<ForeignKey, ForeignKey> rewrite) {
      Schema out = s;
      for (Table t : s.tables().values()) {
        out = out.withTable(t.withForeignKeys(t.foreignKeys().stream().map(rewrite).toList()));
      }
      return out;
    }

    // ---- tables ----

    @Override
    public Schema visit(CreateTable op) {
      Table t = op.table();
      absentTable(t.name());
      if (new HashSet<>(t.columns().stream().map(Column::name).toList()).size() != t.columns().size()) {
        throw new Misfit("table " + t.name() + " lists a column twice");
      }
      columns(t, t.primaryKey());
      t.uniqueConstraints().forEach(u -> columns(t, u.columns()));
      t.foreignKeys().forEach(f -> references(t, f));
      for (Index i : t.indexes()) {
        same(t.name(), i.table(), "the table of index " + i.name());
        freeIndexName(i.name());
        columns(t, i.columns());
      }
      return put(t);
    }

    @Override
    public Schema visit(DropTable op) {
      String name = op.table().name();
      table(name);
      for (Table other : schema.tables().values()) {
        for (ForeignKey fk : other.foreignKeys()) {
          if (!other.name().equals(name) && fk.referencedTable().equals(name)) {
            throw new Misfit("foreign key " + fk.name() + " of " + other.name() + " still references it");
          }
        }
      }
      return schema.withoutTable(name);
    }

    @Override
    public Schema visit(RenameTable op) {
      Table t = table(op.from());
      absentTable(op.to());
      Table moved = t.withName(op.to())
          .withIndexes(t.indexes().stream().map(i -> new Index(i.name(), op.to(), i.columns(), i.unique())).toList());
      Schema s = schema.withoutTable(op.from()).withTable(moved);
      return rewriteForeignKeys(s, fk -> fk.referencedTable().equals(op.from())
          ? new ForeignKey(fk.name(), fk.columns(), op.to(), fk.referencedColumns(), fk.onDelete()) : fk);
    }

    // ---- columns ----

    @Override
    public Schema visit(AddColumn op) {
      Table t = table(op.table());
      absentColumn(t, op.column().name());
      return put(t.column(op.column()));
    }

    @Override
    public Schema visit(DropColumn op) {
      Table t = table(op.table());
      String name = op.column().name();
      same(op.column(), column(t, name), "column " + t.name() + "." + name);
      List<String> users = new ArrayList<>();
      if (t.primaryKey().contains(name)) {
        users.add("the primary key");
      }
      t.uniqueConstraints().stream().filter(u -> u.columns().contains(name)).forEach(u -> users.add("unique " + u.name()));
      t.indexes().stream().filter(i -> i.columns().contains(name)).forEach(i -> users.add("index " + i.name()));
      t.foreignKeys().stream().filter(f -> f.columns().contains(name)).forEach(f -> users.add("foreign key " + f.name()));
      for (Table other : schema.tables().values()) {
        other.foreignKeys().stream()
            .filter(f -> f.referencedTable().equals(t.name()) && f.referencedColumns().contains(name))
            .forEach(f -> users.add("foreign key " + f.name() + " of " + other.name()));
      }
      if (!users.isEmpty()) {
        throw new Misfit("the column is still used by " + String.join(", ", users));
      }
      return put(t.withColumns(without(t.columns(), c -> c.name().equals(name))));
    }

    @Override
    public Schema visit(RenameColumn op) {
      Table t = table(op.table());
      Column c = column(t, op.from());
      absentColumn(t, op.to());
      String from = op.from();
      String to = op.to();
      Table r = t.withColumns(t.columns().stream().map(x -> x == c ? c.withName(to) : x).toList())
          .withPrimaryKey(renamed(t.primaryKey(), from, to))
          .withUniqueConstraints(t.uniqueConstraints().stream()
              .map(u -> new UniqueConstraint(u.name(), renamed(u.columns(), from, to))).toList())
          .withIndexes(t.indexes().stream()
              .map(i -> new Index(i.name(), i.table(), renamed(i.columns(), from, to), i.unique())).toList())
          .withForeignKeys(t.foreignKeys().stream()
              .map(f -> new ForeignKey(f.name(), renamed(f.columns(), from, to), f.referencedTable(),
                  f.referencedColumns(), f.onDelete())).toList())
          .withChecks(t.checks().stream()
              .map(k -> new CheckConstraint(k.name(), renamedIn(k.expression(), from, to))).toList());
      return rewriteForeignKeys(put(r), f -> f.referencedTable().equals(t.name())
          ? new ForeignKey(f.name(), f.columns(), f.referencedTable(), renamed(f.referencedColumns(), from, to), f.onDelete())
          : f);
    }

    @Override
    public Schema visit(AlterColumn op) {
      Table t = table(op.table());
      if (!op.from().name().equals(op.to().name())) {
        throw new Misfit("it changes the column's name; a rename is a RenameColumn of its own");
      }
      Column c = same(op.from(), column(t, op.from().name()), "column " + t.name() + "." + op.from().name());
      return put(t.withColumns(t.columns().stream().map(x -> x == c ? op.to() : x).toList()));
    }

    // ---- constraints ----

    @Override
    public Schema visit(AddPrimaryKey op) {
      Table t = table(op.table());
      if (!t.primaryKey().isEmpty()) {
        throw new Misfit("table " + t.name() + " has a primary key already, " + t.primaryKey());
      }
      columns(t, op.columns());
      return put(t.withPrimaryKey(op.columns()));
    }

    @Override
    public Schema visit(DropPrimaryKey op) {
      Table t = table(op.table());
      same(op.columns(), t.primaryKey(), "the primary key of " + t.name());
      return put(t.withPrimaryKey(List.of()));
    }

    @Override
    public Schema visit(AddUnique op) {
      Table t = table(op.table());
      freeConstraintName(t, op.constraint().name());
      columns(t, op.constraint().columns());
      return put(t.withUniqueConstraints(with(t.uniqueConstraints(), op.constraint())));
    }

    @Override
    public Schema visit(DropUnique op) {
      Table t = table(op.table());
      var u = named(t.uniqueConstraints(), UniqueConstraint::name, op.constraint().name(), t, "unique constraint");
      same(op.constraint(), u, "unique constraint " + u.name());
      return put(t.withUniqueConstraints(without(t.uniqueConstraints(), x -> x == u)));
    }

    @Override
    public Schema visit(AddCheck op) {
      Table t = table(op.table());
      freeConstraintName(t, op.check().name());
      return put(t.withChecks(with(t.checks(), op.check())));
    }

    @Override
    public Schema visit(DropCheck op) {
      Table t = table(op.table());
      var c = named(t.checks(), x -> x.name(), op.check().name(), t, "check constraint");
      same(op.check(), c, "check constraint " + c.name());
      return put(t.withChecks(without(t.checks(), x -> x == c)));
    }

    @Override
    public Schema visit(AddForeignKey op) {
      Table t = table(op.table());
      freeConstraintName(t, op.foreignKey().name());
      references(t, op.foreignKey());
      return put(t.withForeignKeys(with(t.foreignKeys(), op.foreignKey())));
    }

    @Override
    public Schema visit(DropForeignKey op) {
      Table t = table(op.table());
      var f = named(t.foreignKeys(), ForeignKey::name, op.foreignKey().name(), t, "foreign key");
      same(op.foreignKey(), f, "foreign key " + f.name());
      return put(t.withForeignKeys(without(t.foreignKeys(), x -> x == f)));
    }

    // ---- indexes ----

    @Override
    public Schema visit(CreateIndex op) {
      Table t = table(op.index().table());
      freeIndexName(op.index().name());
      columns(t, op.index().columns());
      return put(t.withIndexes(with(t.indexes(), op.index())));
    }

    @Override
    public Schema visit(DropIndex op) {
      Table t = table(op.index().table());
      var i = named(t.indexes(), Index::name, op.index().name(), t, "index");
      same(op.index(), i, "index " + i.name());
      return put(t.withIndexes(without(t.indexes(), x -> x == i)));
    }

    // ---- sequences ----

    private Optional<Sequence> sequence(String name) {
      return Optional.ofNullable(schema.sequences().get(name));
    }

    @Override
    public Schema visit(CreateSequence op) {
      if (sequence(op.sequence().name()).isPresent()) {
        throw new Misfit("sequence " + op.sequence().name() + " exists already");
      }
      return schema.withSequence(op.sequence());
    }

    @Override
    public Schema visit(DropSequence op) {
      Sequence s = sequence(op.sequence().name())
          .orElseThrow(() -> new Misfit("there is no sequence " + op.sequence().name()));
      same(op.sequence(), s, "sequence " + s.name());
      return schema.withoutSequence(s.name());
    }

    @Override
    public Schema visit(AlterSequence op) {
      if (!op.from().name().equals(op.to().name())) {
        throw new Misfit("it changes the sequence's name, which an alter cannot do");
      }
      Sequence s = sequence(op.from().name())
          .orElseThrow(() -> new Misfit("there is no sequence " + op.from().name()));
      same(op.from(), s, "sequence " + s.name());
      return schema.withSequence(op.to());
    }

    // ---- opaque ----

    @Override
    public Schema visit(ExecuteSql op) {
      return schema;
    }

    @Override
    public Schema visit(RunJdbc op) {
      return schema;
    }
  }
}
