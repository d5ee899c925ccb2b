package dev.retort.processor.diff;

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
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Applies operations to a schema value the way a strict database would: each operation must
 * find exactly the state it carries (a drop, the object it drops; an alter, the column before),
 * and nothing may be dropped, or have its type changed, while a foreign key uses it. A wrong
 * phase order or a wrong carried state fails here, without a database.
 */
final class SchemaReplay implements OperationVisitor<Schema> {
  private Schema schema;

  private SchemaReplay(Schema schema) {
    this.schema = schema;
  }

  static Schema apply(Schema schema, List<Operation> operations) {
    SchemaReplay replay = new SchemaReplay(schema);
    for (Operation op : operations) {
      try {
        replay.schema = op.accept(replay);
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw new AssertionError("cannot " + op.describe() + ": " + e.getMessage(), e);
      }
    }
    return replay.schema;
  }

  /** Orders what the database does not order: columns by name, constraints by name. */
  static Schema normalized(Schema schema) {
    Schema result = schema;
    for (Table t : schema.tables().values()) {
      result = result.withTable(t.withColumns(sorted(t.columns(), Column::name))
          .withUniqueConstraints(sorted(t.uniqueConstraints(), UniqueConstraint::name))
          .withChecks(sorted(t.checks(), CheckConstraint::name))
          .withForeignKeys(sorted(t.foreignKeys(), ForeignKey::name))
          .withIndexes(sorted(t.indexes(), Index::name)));
    }
    return result;
  }

  private static <T> List<T> sorted(List<T> list, Function<T, String> name) {
    return list.stream().sorted(Comparator.comparing(name)).toList();
  }

  private Table table(String name) {
    return schema.table(name).orElseThrow(() -> new IllegalStateException("no table " + name));
  }

  private Schema put(Table table) {
    return schema.withTable(table);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  /** Foreign keys anywhere (other than {@code exceptOwn} of its own table) that use a column of {@code table}. */
  private List<ForeignKey> usersOf(String table, String column) {
    List<ForeignKey> users = new ArrayList<>();
    for (Table t : schema.tables().values()) {
      for (ForeignKey fk : t.foreignKeys()) {
        if ((t.name().equals(table) && fk.columns().contains(column))
            || (fk.referencedTable().equals(table) && fk.referencedColumns().contains(column))) {
          users.add(fk);
        }
      }
    }
    return users;
  }

  private boolean keyReferenced(String table, List<String> columns) {
    return schema.tables().values().stream().flatMap(t -> t.foreignKeys().stream())
        .anyMatch(fk -> fk.referencedTable().equals(table) && Set.copyOf(fk.referencedColumns()).equals(Set.copyOf(columns)));
  }

  private void checkReference(Table owner, ForeignKey fk) {
    Table target = fk.referencedTable().equals(owner.name()) ? owner : table(fk.referencedTable());
    fk.columns().forEach(c -> check(owner.column(c).isPresent(), "no column " + owner.name() + "." + c));
    Set<String> key = Set.copyOf(fk.referencedColumns());
    boolean isKey = Set.copyOf(target.primaryKey()).equals(key)
        || target.uniqueConstraints().stream().anyMatch(u -> Set.copyOf(u.columns()).equals(key))
        || target.indexes().stream().anyMatch(i -> i.unique() && Set.copyOf(i.columns()).equals(key));
    check(isKey, fk.name() + " references " + target.name() + key + ", which is not a key");
  }

  @Override
  public Schema visit(CreateTable op) {
    check(schema.table(op.table().name()).isEmpty(), "table exists");
    op.table().foreignKeys().forEach(fk -> checkReference(op.table(), fk));
    return put(op.table());
  }

  @Override
  public Schema visit(DropTable op) {
    Table t = table(op.table().name());
    check(normalized(Schema.EMPTY.withTable(t)).equals(normalized(Schema.EMPTY.withTable(op.table()))),
        "carries " + op.table() + " but the table is " + t);
    for (Table other : schema.tables().values()) {
      if (!other.name().equals(t.name())) {
        other.foreignKeys().forEach(fk -> check(!fk.referencedTable().equals(t.name()), fk.name() + " of " + other.name() + " references it"));
      }
    }
    return schema.withoutTable(t.name());
  }

  @Override
  public Schema visit(RenameTable op) {
    Table t = table(op.from());
    check(schema.table(op.to()).isEmpty(), "table " + op.to() + " exists");
    Schema result = schema.withoutTable(op.from());
    Table renamed = t.withName(op.to()).withIndexes(t.indexes().stream()
        .map(i -> new Index(i.name(), op.to(), i.columns(), i.unique())).toList());
    result = result.withTable(renamed);
    for (Table other : result.tables().values()) {
      result = result.withTable(other.withForeignKeys(other.foreignKeys().stream()
          .map(fk -> fk.referencedTable().equals(op.from())
              ? new ForeignKey(fk.name(), fk.columns(), op.to(), fk.referencedColumns(), fk.onDelete()) : fk)
          .toList()));
    }
    return result;
  }

  @Override
  public Schema visit(AddColumn op) {
    Table t = table(op.table());
    check(t.column(op.column().name()).isEmpty(), "column exists");
    return put(t.column(op.column()));
  }

  @Override
  public Schema visit(DropColumn op) {
    Table t = table(op.table());
    String c = op.column().name();
    check(t.column(c).equals(java.util.Optional.of(op.column())), "carries " + op.column() + " but the column is " + t.column(c));
    check(!t.primaryKey().contains(c), "column is in the primary key");
    check(t.uniqueConstraints().stream().noneMatch(u -> u.columns().contains(c)), "column is in a unique constraint");
    check(t.indexes().stream().noneMatch(i -> i.columns().contains(c)), "column is in an index");
    check(usersOf(t.name(), c).isEmpty(), "column is used by " + usersOf(t.name(), c));
    return put(t.withColumns(t.columns().stream().filter(col -> !col.name().equals(c)).toList()));
  }

  @Override
  public Schema visit(RenameColumn op) {
    Table t = table(op.table());
    check(t.column(op.from()).isPresent(), "no column " + op.from());
    check(t.column(op.to()).isEmpty(), "column " + op.to() + " exists");
    UnaryOperator<String> r = c -> c.equals(op.from()) ? op.to() : c;
    Function<List<String>, List<String>> rl = l -> l.stream().map(r).toList();
    Table renamed = new Table(t.name(),
        t.columns().stream().map(c -> c.withName(r.apply(c.name()))).toList(),
        rl.apply(t.primaryKey()),
        t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), rl.apply(u.columns()))).toList(),
        t.checks(),
        t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), rl.apply(fk.columns()), fk.referencedTable(), fk.referencedColumns(), fk.onDelete())).toList(),
        t.indexes().stream().map(i -> new Index(i.name(), i.table(), rl.apply(i.columns()), i.unique())).toList());
    Schema result = schema.withTable(renamed);
    for (Table other : result.tables().values()) {
      result = result.withTable(other.withForeignKeys(other.foreignKeys().stream()
          .map(fk -> fk.referencedTable().equals(t.name())
              ? new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), rl.apply(fk.referencedColumns()), fk.onDelete()) : fk)
          .toList()));
    }
    return result;
  }

  @Override
  public Schema visit(AlterColumn op) {
    Table t = table(op.table());
    check(op.from().name().equals(op.to().name()), "alter renames");
    check(t.column(op.from().name()).equals(java.util.Optional.of(op.from())), "carries " + op.from() + " but the column is " + t.column(op.from().name()));
    if (!op.from().type().equals(op.to().type())) {
      check(usersOf(t.name(), op.from().name()).isEmpty(), "type change of a column used by " + usersOf(t.name(), op.from().name()));
    }
    check(!op.to().nullable() || !t.primaryKey().contains(op.to().name()), "a primary key column becomes nullable");
    return put(t.withColumns(t.columns().stream().map(c -> c.name().equals(op.to().name()) ? op.to() : c).toList()));
  }

  @Override
  public Schema visit(AddPrimaryKey op) {
    Table t = table(op.table());
    check(t.primaryKey().isEmpty(), "has a primary key");
    op.columns().forEach(c -> check(t.column(c).isPresent(), "no column " + c));
    return put(t.withPrimaryKey(op.columns()));
  }

  @Override
  public Schema visit(DropPrimaryKey op) {
    Table t = table(op.table());
    check(t.primaryKey().equals(op.columns()), "carries " + op.columns() + " but the key is " + t.primaryKey());
    check(!keyReferenced(t.name(), op.columns()), "a foreign key references it");
    return put(t.withPrimaryKey(List.of()));
  }

  @Override
  public Schema visit(AddUnique op) {
    Table t = table(op.table());
    check(t.uniqueConstraints().stream().noneMatch(u -> u.name().equals(op.constraint().name())), "exists");
    op.constraint().columns().forEach(c -> check(t.column(c).isPresent(), "no column " + c));
    return put(t.unique(op.constraint()));
  }

  @Override
  public Schema visit(DropUnique op) {
    Table t = table(op.table());
    check(t.uniqueConstraints().contains(op.constraint()), "carries " + op.constraint() + " but the table has " + t.uniqueConstraints());
    check(!keyReferenced(t.name(), op.constraint().columns()), "a foreign key references it");
    return put(t.withUniqueConstraints(t.uniqueConstraints().stream().filter(u -> !u.equals(op.constraint())).toList()));
  }

  @Override
  public Schema visit(AddCheck op) {
    Table t = table(op.table());
    check(t.checks().stream().noneMatch(c -> c.name().equals(op.check().name())), "exists");
    return put(t.check(op.check()));
  }

  @Override
  public Schema visit(DropCheck op) {
    Table t = table(op.table());
    check(t.checks().contains(op.check()), "carries " + op.check() + " but the table has " + t.checks());
    return put(t.withChecks(t.checks().stream().filter(c -> !c.equals(op.check())).toList()));
  }

  @Override
  public Schema visit(AddForeignKey op) {
    Table t = table(op.table());
    check(t.foreignKeys().stream().noneMatch(fk -> fk.name().equals(op.foreignKey().name())), "exists");
    checkReference(t, op.foreignKey());
    return put(t.foreignKey(op.foreignKey()));
  }

  @Override
  public Schema visit(DropForeignKey op) {
    Table t = table(op.table());
    check(t.foreignKeys().contains(op.foreignKey()), "carries " + op.foreignKey() + " but the table has " + t.foreignKeys());
    return put(t.withForeignKeys(t.foreignKeys().stream().filter(fk -> !fk.equals(op.foreignKey())).toList()));
  }

  @Override
  public Schema visit(CreateIndex op) {
    Table t = table(op.index().table());
    check(t.indexes().stream().noneMatch(i -> i.name().equals(op.index().name())), "exists");
    op.index().columns().forEach(c -> check(t.column(c).isPresent(), "no column " + c));
    return put(t.index(op.index()));
  }

  @Override
  public Schema visit(DropIndex op) {
    Table t = table(op.index().table());
    check(t.indexes().contains(op.index()), "carries " + op.index() + " but the table has " + t.indexes());
    if (op.index().unique()) {
      check(!keyReferenced(t.name(), op.index().columns()), "a foreign key references it");
    }
    return put(t.withIndexes(t.indexes().stream().filter(i -> !i.equals(op.index())).toList()));
  }

  @Override
  public Schema visit(CreateSequence op) {
    check(!schema.sequences().containsKey(op.sequence().name()), "exists");
    return schema.withSequence(op.sequence());
  }

  @Override
  public Schema visit(DropSequence op) {
    check(Objects.equals(schema.sequences().get(op.sequence().name()), op.sequence()), "carries another sequence");
    return schema.withoutSequence(op.sequence().name());
  }

  @Override
  public Schema visit(AlterSequence op) {
    Sequence now = schema.sequences().get(op.from().name());
    check(op.from().equals(now) && op.from().name().equals(op.to().name()), "carries another sequence");
    return schema.withSequence(op.to());
  }

  @Override
  public Schema visit(ExecuteSql op) {
    return schema;
  }

  @Override
  public Schema visit(RunJdbc op) {
    return schema;
  }
}
