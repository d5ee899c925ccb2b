package dev.retort.processor.diff;

import dev.retort.op.AddForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateTable;
import dev.retort.op.DropTable;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables, paired by name after the renames: created ones, dropped ones, and for the others the
 * comparators of their parts.
 */
final class TableComparator {
  private TableComparator() {}

  static void compare(Schema old, Schema current, DiffContext ctx) {
    List<Table> created = new ArrayList<>();
    List<Table> dropped = new ArrayList<>();
    for (Pair<Table> p : Pair.sorted(old.tables().values(), current.tables().values(), Table::name)) {
      if (p.old() == null) {
        created.add(p.current());
      } else if (p.current() == null) {
        dropped.add(p.old());
      } else {
        ColumnComparator.compare(p.old(), p.current(), ctx);
        PrimaryKeyComparator.compare(p.old(), p.current(), ctx);
        UniqueComparator.compare(p.old(), p.current(), ctx);
        CheckComparator.compare(p.old(), p.current(), ctx);
        IndexComparator.compare(p.old(), p.current(), ctx);
        ForeignKeyComparator.compare(p.old(), p.current(), ctx);
      }
    }
    create(created, ctx);
    drop(dropped, ctx);
    RenameSuggestions.tables(created, dropped, ctx.warnings);
  }

  /**
   * A created table comes without foreign keys and indexes; they are added once every table
   * exists, so that tables referencing each other can be created at all.
   */
  private static void create(List<Table> created, DiffContext ctx) {
    for (Table table : TableOrder.creation(created)) {
      ctx.add(Phase.CREATE_TABLES, new CreateTable(table.withForeignKeys(List.of()).withIndexes(List.of())));
    }
    for (Table table : created) {
      table.indexes().stream().sorted(Comparator.comparing(Index::name))
          .forEach(index -> ctx.add(Phase.CREATE_INDEXES, new CreateIndex(index)));
      table.foreignKeys().stream().sorted(Comparator.comparing(ForeignKey::name))
          .forEach(fk -> ctx.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(table.name(), fk)));
    }
  }

  /**
   * A dropped table carries its whole definition, foreign keys and indexes included, so its
   * inverse recreates it. A foreign key that would block a step is dropped first instead: one to
   * a table dropped before it (a cycle), or one whose referenced columns or key change.
   */
  private static void drop(List<Table> dropped, DiffContext ctx) {
    List<Table> order = TableOrder.removal(dropped);
    Map<String, Integer> position = new HashMap<>();
    order.forEach(t -> position.put(t.name(), position.size()));
    for (Table table : order) {
      List<ForeignKey> kept = new ArrayList<>();
      for (ForeignKey fk : table.foreignKeys().stream().sorted(Comparator.comparing(ForeignKey::name)).toList()) {
        Integer target = position.get(fk.referencedTable());
        boolean safe = target != null ? target >= position.get(table.name()) : !ctx.keys.disturb(table.name(), fk);
        if (safe) {
          kept.add(fk);
        } else {
          ForeignKeyComparator.drop(table.name(), fk, ctx);
        }
      }
      ctx.add(Phase.DROP_TABLES, new DropTable(table.withForeignKeys(kept)));
    }
  }
}
