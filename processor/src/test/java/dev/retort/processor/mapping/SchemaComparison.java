package dev.retort.processor.mapping;

import dev.retort.processor.mapping.DbSchema.DbColumn;
import dev.retort.processor.mapping.DbSchema.DbTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences between the schema Retort's migrations made and the one Hibernate created, one
 * line each, table by table and column by column (type, nullability, default, identity), in a
 * stable order.
 */
final class SchemaComparison {
  private SchemaComparison() {}

  static List<String> differences(DbSchema retort, DbSchema hibernate) {
    List<String> out = new ArrayList<>();
    for (String name : union(retort.tables().keySet(), hibernate.tables().keySet())) {
      DbTable r = retort.tables().get(name);
      DbTable h = hibernate.tables().get(name);
      if (r == null || h == null) {
        out.add("table " + name + ": only " + (r == null ? "Hibernate" : "Retort") + " has it");
        continue;
      }
      compare(out, r, h);
    }
    for (String name : union(retort.sequences().keySet(), hibernate.sequences().keySet())) {
      String r = retort.sequences().get(name);
      String h = hibernate.sequences().get(name);
      if (!Objects.equals(r, h)) {
        out.add("sequence " + name + ": Retort " + (r == null ? "none" : r) + ", Hibernate " + (h == null ? "none" : h));
      }
    }
    return out;
  }

  private static void compare(List<String> out, DbTable r, DbTable h) {
    String table = r.name();
    for (String name : union(r.columns().keySet(), h.columns().keySet())) {
      DbColumn rc = r.columns().get(name);
      DbColumn hc = h.columns().get(name);
      if (rc == null || hc == null) {
        out.add("column " + table + "." + name + ": only " + (rc == null ? "Hibernate" : "Retort") + " has it ("
            + (rc == null ? hc : rc) + ")");
        continue;
      }
      if (!rc.type().equals(hc.type())) {
        out.add("column " + table + "." + name + ": type Retort " + rc.type() + ", Hibernate " + hc.type());
      }
      if (rc.nullable() != hc.nullable()) {
        out.add("column " + table + "." + name + ": Retort " + (rc.nullable() ? "nullable" : "not null")
            + ", Hibernate " + (hc.nullable() ? "nullable" : "not null"));
      }
      if (!Objects.equals(rc.defaultValue(), hc.defaultValue())) {
        out.add("column " + table + "." + name + ": default Retort " + rc.defaultValue() + ", Hibernate " + hc.defaultValue());
      }
      if (rc.autoIncrement() != hc.autoIncrement()) {
        out.add("column " + table + "." + name + ": identity Retort " + rc.autoIncrement() + ", Hibernate " + hc.autoIncrement());
      }
    }
    if (!r.primaryKey().equals(h.primaryKey())) {
      out.add("table " + table + ": primary key Retort " + r.primaryKey() + ", Hibernate " + h.primaryKey());
    }
    only(out, table, "foreign key", r.foreignKeys(), h.foreignKeys());
    only(out, table, "", r.indexes(), h.indexes());
    only(out, table, "check", r.checks(), h.checks());
  }

  private static void only(List<String> out, String table, String what, Set<String> r, Set<String> h) {
    for (String item : union(r, h)) {
      if (!r.contains(item) || !h.contains(item)) {
        out.add("table " + table + ": " + (what.isEmpty() ? "" : what + " ") + item + " only in "
            + (r.contains(item) ? "Retort" : "Hibernate"));
      }
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  static String describe(Map<String, DbTable> tables) {
    StringBuilder text = new StringBuilder();
    tables.values().forEach(t -> text.append(t).append('\n'));
    return text.toString();
  }
}
