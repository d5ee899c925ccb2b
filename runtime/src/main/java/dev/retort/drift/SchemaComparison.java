package dev.retort.drift;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.QualifiedName;
import dev.retort.drift.Difference.Kind;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * Compares a live database with the schema its migrations produce, table by table. Names are
 * matched as the dialect stores them ({@code book} is {@code BOOK} on H2), and reported as the
 * migrations spell them.
 */
public final class SchemaComparison {
  private final Dialect dialect;
  private final LiveSchema live;
  private final List<Difference> differences = new ArrayList<>();

  private SchemaComparison(Dialect dialect, LiveSchema live) {
    this.dialect = dialect;
    this.live = live;
  }

  /**
   * @param expected the schema the migrations produce
   * @param ignoredTables tables that are not the application's (the version table), as named in
   *     the configuration
   */
  /**
   * SQLite keeps a column's declared type as written and its JDBC driver derives type codes and
   * sizes from the type's affinity (a BIGINT reads as an INTEGER), so there the declared name is
   * what can be compared; sizes are not enforced by SQLite and not compared.
   */
  private boolean typeMatches(dev.retort.schema.Column column, LiveSchema.LiveColumn live) {
    if (dialect instanceof dev.retort.dialect.SqliteDialect) {
      String declared = dialect.typeName(column.type());
      int paren = declared.indexOf('(');
      String name = (paren < 0 ? declared : declared.substring(0, paren)).trim();
      return live.typeName() != null && live.typeName().trim().toUpperCase(java.util.Locale.ROOT)
          .startsWith(name.toUpperCase(java.util.Locale.ROOT));
    }
    return TypeMatch.matches(column.type(), live);
  }

  public static List<Difference> compare(Connection connection, Dialect dialect, Schema expected, Set<String> ignoredTables)
      throws SQLException {
    SchemaComparison comparison = new SchemaComparison(dialect, new LiveSchema(connection));
    comparison.tables(expected, ignoredTables);
    return List.copyOf(comparison.differences);
  }

  private void add(Kind kind, String object, String detail) {
    differences.add(new Difference(kind, object, detail));
  }

  private String stored(String name) {
    return dialect.storedName(name);
  }

  private void tables(Schema expected, Set<String> ignoredTables) throws SQLException {
    Set<String> qualifiers = new LinkedHashSet<>();
    qualifiers.add(null);
    Set<String> known = new HashSet<>();
    for (String ignored : ignoredTables) {
      QualifiedName q = QualifiedName.parse(ignored);
      known.add(key(q.schema(), stored(q.name())));
    }
    for (Table table : expected.tables().values()) {
      QualifiedName q = QualifiedName.parse(table.name());
      String qualifier = q.schema() == null ? null : stored(q.schema());
      qualifiers.add(qualifier);
      known.add(key(qualifier, stored(q.name())));
      LiveSchema.LiveTable found = live.table(qualifier, stored(q.name()));
      if (found == null) {
        add(Kind.MISSING_TABLE, table.name(), "the migrations create it, the database does not have it");
      } else {
        table(table, found);
      }
    }
    for (String qualifier : qualifiers) {
      for (String name : live.tables(qualifier)) {
        if (!known.contains(key(qualifier, name))) {
          add(Kind.UNEXPECTED_TABLE, qualifier == null ? name : qualifier + "." + name,
              "the database has it, the migrations do not create it");
        }
      }
    }
  }

  private static String key(String qualifier, String name) {
    return qualifier == null ? name : qualifier + "." + name;
  }

  private void table(Table table, LiveSchema.LiveTable found) {
    Map<String, LiveSchema.LiveColumn> columns = new java.util.LinkedHashMap<>();
    found.columns().forEach(c -> columns.put(c.name(), c));
    Set<String> expectedColumns = new HashSet<>();
    for (Column column : table.columns()) {
      String name = stored(column.name());
      expectedColumns.add(name);
      String object = table.name() + "." + column.name();
      LiveSchema.LiveColumn c = columns.get(name);
      if (c == null) {
        add(Kind.MISSING_COLUMN, object, "the migrations add it, the database does not have it");
        continue;
      }
      if (!typeMatches(column, c)) {
        add(Kind.COLUMN_TYPE, object, "the migrations say " + dialect.typeName(column.type()) + ", the database has "
            + c.describe());
      }
      boolean nullable = column.nullable() && !column.identity() && !table.primaryKey().contains(column.name());
      if (nullable != c.nullable()) {
        add(Kind.COLUMN_NULLABILITY, object, "the migrations say " + (nullable ? "NULL" : "NOT NULL")
            + ", the database has " + (c.nullable() ? "NULL" : "NOT NULL"));
      }
    }
    for (LiveSchema.LiveColumn c : found.columns()) {
      if (!expectedColumns.contains(c.name())) {
        add(Kind.UNEXPECTED_COLUMN, table.name() + "." + c.name(), "the database has it (" + c.describe()
            + "), the migrations do not add it");
      }
    }
    List<String> pk = table.primaryKey().stream().map(this::stored).toList();
    if (!pk.equals(found.primaryKey())) {
      add(Kind.PRIMARY_KEY, table.name(), "the migrations say " + describe(pk) + ", the database has "
          + describe(found.primaryKey()));
    }
    for (Index index : table.indexes()) {
      LiveSchema.LiveIndex i = found.indexes().get(stored(index.name()));
      List<String> cols = index.columns().stream().map(this::stored).toList();
      if (i == null) {
        add(Kind.MISSING_INDEX, index.name(), "the migrations create it on " + table.name() + " " + describe(cols)
            + ", the database does not have it");
      } else if (!i.columns().equals(cols) || i.unique() != index.unique()) {
        add(Kind.INDEX, index.name(), "the migrations say " + (index.unique() ? "unique " : "") + describe(cols)
            + ", the database has " + (i.unique() ? "unique " : "") + describe(i.columns()));
      }
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      List<String> cols = unique.columns().stream().map(this::stored).toList();
      boolean enforced = found.indexes().values().stream().anyMatch(i -> i.unique() && i.columns().equals(cols));
      if (!enforced) {
        add(Kind.MISSING_UNIQUE, unique.name(), "the migrations make " + table.name() + " " + describe(cols)
            + " unique, the database does not enforce it");
      }
    }
    Set<String> expectedKeys = new HashSet<>();
    for (ForeignKey fk : table.foreignKeys()) {
      String name = stored(fk.name());
      expectedKeys.add(name);
      LiveSchema.LiveForeignKey f = found.foreignKeys().get(name);
      List<String> cols = fk.columns().stream().map(this::stored).toList();
      List<String> refs = fk.referencedColumns().stream().map(this::stored).toList();
      String target = stored(QualifiedName.parse(fk.referencedTable()).name());
      String expectedText = describe(cols) + " -> " + target + describe(refs);
      if (f == null) {
        add(Kind.MISSING_FOREIGN_KEY, fk.name(), "the migrations add " + expectedText + " on " + table.name()
            + ", the database does not have it");
      } else if (!f.columns().equals(cols) || !f.referencedTable().equals(target) || !f.referencedColumns().equals(refs)) {
        add(Kind.FOREIGN_KEY, fk.name(), "the migrations say " + expectedText + ", the database has "
            + describe(f.columns()) + " -> " + f.referencedTable() + describe(f.referencedColumns()));
      }
    }
    for (LiveSchema.LiveForeignKey f : found.foreignKeys().values()) {
      if (f.name() != null && !expectedKeys.contains(f.name())) {
        add(Kind.UNEXPECTED_FOREIGN_KEY, f.name(), "the database has " + describe(f.columns()) + " -> "
            + f.referencedTable() + describe(f.referencedColumns()) + " on " + table.name()
            + ", the migrations do not add it");
      }
    }
  }

  private static String describe(List<String> columns) {
    return "(" + String.join(", ", columns) + ")";
  }
}
