package dev.retort.processor.snapshot;

import static dev.retort.processor.snapshot.JsonStrings.quote;

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
import java.util.Map;
import java.util.function.Function;

/** Writes the layout documented on {@link SnapshotFormat}; every choice here is part of the file format. */
final class SnapshotWriter {
  private static final String INDENT = "  ";

  private SnapshotWriter() {}

  static String write(Snapshot snapshot) {
    Schema schema = snapshot.schema();
    List<String> members = new ArrayList<>();
    members.add(INDENT + "\"retort\": " + SnapshotFormat.VERSION);
    if (snapshot.revision() != null) {
      members.add(INDENT + "\"revision\": " + quote(snapshot.revision()));
    }
    if (snapshot.migrationsPackage() != null) {
      members.add(INDENT + "\"package\": " + quote(snapshot.migrationsPackage()));
    }
    if (!snapshot.entities().isEmpty()) {
      members.add(block(INDENT, "entities", "[", snapshot.entities().stream().map(e -> INDENT.repeat(2) + quote(e)).toList(), "]"));
    }
    if (!snapshot.converters().isEmpty()) {
      members.add(block(INDENT, "converters", "[", snapshot.converters().stream().map(c -> INDENT.repeat(2) + quote(c)).toList(), "]"));
    }
    List<String> tables = new ArrayList<>();
    schema.tables().values().forEach(table -> tables.add(table(table, snapshot.ordinals())));
    members.add(block(INDENT, "tables", "{", tables, "}"));
    List<String> sequences = new ArrayList<>();
    schema.sequences().values().forEach(sequence -> sequences.add(sequence(sequence)));
    members.add(block(INDENT, "sequences", "[", sequences, "]"));
    return "{\n" + String.join(",\n", members) + "\n}\n";
  }

  private static String table(Table table, Map<String, List<String>> ordinals) {
    String indent = INDENT.repeat(3);
    List<String> members = new ArrayList<>();
    members.add(block(indent, "columns", "[", table.columns().stream()
        .map(c -> indent + INDENT + column(c, ordinals.get(table.name() + "." + c.name()))).toList(), "]"));
    if (!table.primaryKey().isEmpty()) {
      members.add(indent + "\"primaryKey\": " + names(table.primaryKey()));
    }
    optionalBlock(members, indent, "uniqueConstraints", table.uniqueConstraints(), UniqueConstraint::name, SnapshotWriter::unique);
    optionalBlock(members, indent, "checks", table.checks(), CheckConstraint::name, SnapshotWriter::check);
    optionalBlock(members, indent, "foreignKeys", table.foreignKeys(), ForeignKey::name, SnapshotWriter::foreignKey);
    for (Index index : table.indexes()) {
      if (!index.table().equals(table.name())) {
        throw new IllegalArgumentException("index " + index.name() + " of table " + index.table() + " is filed under table " + table.name());
      }
    }
    optionalBlock(members, indent, "indexes", table.indexes(), Index::name, SnapshotWriter::index);
    return INDENT.repeat(2) + quote(table.name()) + ": {\n" + String.join(",\n", members) + "\n" + INDENT.repeat(2) + "}";
  }

  private static String column(Column c, List<String> ordinals) {
    StringBuilder b = new StringBuilder("{\"name\": ").append(quote(c.name()))
        .append(", \"type\": ").append(quote(ColumnTypeFormat.print(c.type())))
        .append(", \"nullable\": ").append(c.nullable());
    if (c.identity()) {
      b.append(", \"identity\": true");
    }
    if (c.defaultValue() != null) {
      b.append(", \"default\": ").append(quote(c.defaultValue()));
    }
    if (ordinals != null) {
      b.append(", \"ordinals\": ").append(names(ordinals));
    }
    return b.append('}').toString();
  }

  private static String unique(UniqueConstraint u) {
    return "{\"name\": " + quote(u.name()) + ", \"columns\": " + names(u.columns()) + "}";
  }

  private static String check(CheckConstraint c) {
    return "{\"name\": " + quote(c.name()) + ", \"expression\": " + quote(c.expression()) + "}";
  }

  private static String foreignKey(ForeignKey fk) {
    return "{\"name\": " + quote(fk.name())
        + ", \"columns\": " + names(fk.columns())
        + ", \"referencedTable\": " + quote(fk.referencedTable())
        + ", \"referencedColumns\": " + names(fk.referencedColumns())
        + ", \"onDelete\": " + quote(fk.onDelete().name()) + "}";
  }

  private static String index(Index i) {
    return "{\"name\": " + quote(i.name()) + ", \"columns\": " + names(i.columns()) + ", \"unique\": " + i.unique() + "}";
  }

  private static String sequence(Sequence s) {
    return INDENT.repeat(2) + "{\"name\": " + quote(s.name()) + ", \"start\": " + s.start() + ", \"increment\": " + s.increment() + "}";
  }

  /** Constraints are sorted by name: their order means nothing to the database, and a stable order merges well. */
  private static <T> void optionalBlock(
      List<String> members, String indent, String key, List<T> items, Function<T, String> name, Function<T, String> render) {
    if (items.isEmpty()) {
      return;
    }
    List<String> lines = items.stream().sorted(Comparator.comparing(name)).map(render).map(s -> indent + INDENT + s).toList();
    members.add(block(indent, key, "[", lines, "]"));
  }

  /**
   * {@code "key": [} then the (already indented) elements one per line, then the closer on its
   * own line; empty is {@code "key": []}.
   */
  private static String block(String indent, String key, String open, List<String> elements, String close) {
    if (elements.isEmpty()) {
      return indent + quote(key) + ": " + open + close;
    }
    return indent + quote(key) + ": " + open + "\n" + String.join(",\n", elements) + "\n" + indent + close;
  }

  private static String names(List<String> names) {
    return "[" + String.join(", ", names.stream().map(JsonStrings::quote).toList()) + "]";
  }
}
