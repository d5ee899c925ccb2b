package dev.retort.processor.snapshot;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks, once every table is read, that each foreign key points at a table and columns that exist. */
final class ReferenceCheck {
  private record Reference(String table, ForeignKey foreignKey, Position tableAt, Position columnsAt) {}

  private final List<Reference> references = new ArrayList<>();

  void add(String table, ForeignKey foreignKey, Position referencedTableAt, Position referencedColumnsAt) {
    references.add(new Reference(table, foreignKey, referencedTableAt, referencedColumnsAt));
  }

  void check(Map<String, Table> tables) {
    for (Reference r : references) {
      ForeignKey fk = r.foreignKey();
      String owner = "foreign key \"" + fk.name() + "\" of table \"" + r.table() + "\"";
      Table target = tables.get(fk.referencedTable());
      if (target == null) {
        throw r.tableAt().error(owner + " references table \"" + fk.referencedTable() + "\", which the snapshot does not have");
      }
      for (String column : fk.referencedColumns()) {
        if (target.column(column).isEmpty()) {
          throw r.columnsAt().error(owner + " references column \"" + column + "\", which table \"" + target.name() + "\" does not have");
        }
      }
    }
  }
}
