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
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A short snake_case name for a migration, as Django derives one: {@code create_book},
 * {@code add_book_isbn}, {@code drop_book_title}, {@code initial} for several tables created
 * from nothing, a combination such as {@code add_book_isbn_drop_book_title} when that stays
 * short, else {@code alter_<table>} when one table changes, else {@code auto}. Only
 * {@code [a-z0-9_]}, at most {@value #MAX_LENGTH} characters.
 */
public final class MigrationMessages {
  public static final int MAX_LENGTH = 50;

  private MigrationMessages() {}

  public static String derive(Diff diff) {
    List<Operation> ops = diff.upgrade();
    if (ops.isEmpty()) {
      return "empty";
    }
    long created = ops.stream().filter(op -> op instanceof CreateTable).count();
    if (diff.fromEmpty() && created > 1) {
      return "initial";
    }
    Fragments fragments = new Fragments(ops);
    ops.forEach(op -> op.accept(fragments));
    List<String> names = fragments.names();
    String joined = clean(String.join("_", names));
    if (names.size() == 1 || joined.length() <= MAX_LENGTH) {
      return cap(joined);
    }
    if (fragments.tables.size() == 1) {
      String alter = clean("alter_" + fragments.tables.iterator().next());
      if (alter.length() <= MAX_LENGTH) {
        return alter;
      }
    }
    return "auto";
  }

  /** Accents stripped, lower case, runs of anything else than [a-z0-9] as one underscore, none at the ends. */
  public static String clean(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String cleaned = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return cleaned.isEmpty() ? "auto" : cleaned;
  }

  /** A message given by the developer, cleaned like a derived one and cut to {@link #MAX_LENGTH}. */
  public static String fromDeveloper(String text) {
    return cap(clean(text));
  }

  private static String cap(String name) {
    return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH).replaceAll("_+$", "");
  }

  /**
   * Names each operation by a verb and a subject; a subject both added and dropped (a changed
   * constraint) becomes {@code alter}. The indexes and foreign keys of a created table, and the
   * foreign keys dropped ahead of a dropped table, are part of that table's create or drop.
   */
  private static final class Fragments implements OperationVisitor<Void> {
    private final Map<String, String> verbs = new LinkedHashMap<>(); // subject -> verb, in operation order
    private final Set<String> tables = new LinkedHashSet<>();
    private final Set<String> created = new HashSet<>();
    private final Set<String> dropped = new HashSet<>();

    Fragments(List<Operation> ops) {
      for (Operation op : ops) {
        if (op instanceof CreateTable create) {
          created.add(create.table().name());
        } else if (op instanceof DropTable drop) {
          dropped.add(drop.table().name());
        }
      }
    }

    List<String> names() {
      return verbs.entrySet().stream().map(e -> e.getValue() + "_" + e.getKey()).toList();
    }

    private Void put(String table, String verb, String subject) {
      tables.add(table);
      verbs.merge(subject, verb, (was, now) -> was.equals(now) ? was : "alter");
      return null;
    }

    private Void partOf(Set<String> whole, String table, String verb, String subject) {
      return whole.contains(table) ? null : put(table, verb, subject);
    }

    @Override
    public Void visit(CreateTable op) {
      return put(op.table().name(), "create", op.table().name());
    }

    @Override
    public Void visit(DropTable op) {
      return put(op.table().name(), "drop", op.table().name());
    }

    @Override
    public Void visit(RenameTable op) {
      return put(op.to(), "rename", op.from() + "_" + op.to());
    }

    @Override
    public Void visit(AddColumn op) {
      return put(op.table(), "add", op.table() + "_" + op.column().name());
    }

    @Override
    public Void visit(DropColumn op) {
      return put(op.table(), "drop", op.table() + "_" + op.column().name());
    }

    @Override
    public Void visit(RenameColumn op) {
      return put(op.table(), "rename", op.table() + "_" + op.from() + "_" + op.to());
    }

    @Override
    public Void visit(AlterColumn op) {
      return put(op.table(), "alter", op.table() + "_" + op.to().name());
    }

    @Override
    public Void visit(AddPrimaryKey op) {
      return put(op.table(), "add", op.table() + "_pkey");
    }

    @Override
    public Void visit(DropPrimaryKey op) {
      return put(op.table(), "drop", op.table() + "_pkey");
    }

    @Override
    public Void visit(AddUnique op) {
      return put(op.table(), "add", op.constraint().name());
    }

    @Override
    public Void visit(DropUnique op) {
      return put(op.table(), "drop", op.constraint().name());
    }

    @Override
    public Void visit(AddCheck op) {
      return put(op.table(), "add", op.check().name());
    }

    @Override
    public Void visit(DropCheck op) {
      return put(op.table(), "drop", op.check().name());
    }

    @Override
    public Void visit(AddForeignKey op) {
      return partOf(created, op.table(), "add", op.foreignKey().name());
    }

    @Override
    public Void visit(DropForeignKey op) {
      return partOf(dropped, op.table(), "drop", op.foreignKey().name());
    }

    @Override
    public Void visit(CreateIndex op) {
      return partOf(created, op.index().table(), "add", op.index().name());
    }

    @Override
    public Void visit(DropIndex op) {
      return put(op.index().table(), "drop", op.index().name());
    }

    @Override
    public Void visit(CreateSequence op) {
      return put(op.sequence().name(), "create", op.sequence().name());
    }

    @Override
    public Void visit(DropSequence op) {
      return put(op.sequence().name(), "drop", op.sequence().name());
    }

    @Override
    public Void visit(AlterSequence op) {
      return put(op.to().name(), "alter", op.to().name());
    }

    @Override
    public Void visit(ExecuteSql op) {
      return put("", "run", "sql");
    }

    @Override
    public Void visit(RunJdbc op) {
      return put("", "run", "jdbc");
    }
  }
}
