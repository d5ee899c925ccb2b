package dev.retort.processor;

import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.Operation;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.processor.jpa.Mapping;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stops a migration that would lose data until the developer says, by name, that it should: a
 * dropped table or column, a narrowed type, NOT NULL on a column that may hold NULLs, a reordered
 * or removed constant of an ORDINAL enum (the schema stays the same, but the numbers already
 * stored would mean other constants). And one that would fail on a table with rows: a NOT NULL
 * column added without a default to backfill it, or a discriminator column added to an existing
 * table (its rows need each their class's value). And one that would hand out ids again: a sequence
 * dropped while an existing table's ids move to a new sequence, which starts over (a renamed
 * entity's {@code <entity>_SEQ}, a changed {@code sequenceName}).
 *
 * <p>The acknowledgement is the option {@code retort.allowDataLoss} (or the variable
 * {@code RETORT_ALLOW_DATA_LOSS}) listing the tables, {@code table.column}s and dropped sequences,
 * for the one compile that writes the migration; it is not needed afterwards because the migration
 * is then written.
 */
final class DataLossGuard {
  private final Diagnostics diagnostics;
  private final Mapping mapping;
  private final Set<String> allowed;

  DataLossGuard(Diagnostics diagnostics, Mapping mapping, Set<String> allowed) {
    this.diagnostics = diagnostics;
    this.mapping = mapping;
    this.allowed = allowed;
  }

  /** Reports every unacknowledged loss and every NOT NULL column without a backfill; true when none. */
  boolean check(List<Operation> upgrade, Schema before) {
    int errors = diagnostics.errorCount();
    for (Operation op : upgrade) {
      if (op instanceof DropTable drop) {
        guard(drop.table().name(), null, "Dropping table " + drop.table().name() + " deletes all its rows");
      } else if (op instanceof DropColumn drop && formerDiscriminator(drop, before)) {
        checkFormerDiscriminator(drop);
      } else if (op instanceof DropColumn drop) {
        guard(drop.table(), drop.column().name(), "Dropping column " + drop.table() + "." + drop.column().name()
            + " deletes its value in every row");
      } else if (op instanceof AlterColumn alter) {
        checkAlter(alter);
      } else if (op instanceof AddColumn add && before.table(add.table()).isPresent()) {
        checkAdd(add);
      }
    }
    checkSequences(upgrade);
    return diagnostics.errorCount() == errors;
  }

  /**
   * A new sequence for a table that already exists, while the migration drops another: the
   * table's ids came from the dropped one, and the new one starts over, so the next insert would
   * reuse ids (and the downgrade would restart the old one the same way). There is no rename of
   * a sequence to offer, so the fix is to keep using the old one, or to say that this is intended.
   */
  private void checkSequences(List<Operation> upgrade) {
    List<Sequence> dropped = new ArrayList<>();
    List<String> created = new ArrayList<>();
    for (Operation op : upgrade) {
      if (op instanceof DropSequence drop) {
        dropped.add(drop.sequence());
      } else if (op instanceof CreateTable create) {
        created.add(create.table().name());
      }
    }
    if (dropped.isEmpty() || dropped.stream().allMatch(s -> allowed.contains(s.name()))) {
      return;
    }
    for (Operation op : upgrade) {
      if (!(op instanceof CreateSequence create)) {
        continue;
      }
      String name = create.sequence().name();
      String table = mapping.sequenceTables().getOrDefault(name, List.of()).stream()
          .filter(t -> !created.contains(t)).findFirst().orElse(null);
      if (table == null) {
        continue; // only new tables use it: they have no ids yet
      }
      List<String> names = dropped.stream().map(Sequence::name).toList();
      Sequence old = dropped.get(0);
      report(table, null, "Table " + table + " already exists, but its ids would now come from the new sequence " + name
          + ", while this migration drops sequence" + (names.size() == 1 ? " " : "s ") + String.join(", ", names)
          + ": " + name + " starts at " + create.sequence().start() + ", so the next insert would reuse an id a row "
          + "already has (and the downgrade would restart " + old.name() + " the same way). Retort cannot rename a "
          + "sequence. To keep numbering where " + (names.size() == 1 ? old.name() : "the old sequence")
          + " is, keep using it: put " + generator(old) + " on the id" + (names.size() == 1 ? "" : " (the one " + table
          + " used)") + ", or give the @SequenceGenerator that its @GeneratedValue names that sequenceName. If a new "
          + "sequence is intended (you move it past the existing ids in a migration of your own, with op.sql), compile "
          + "once with " + acknowledgement(String.join(",", names)) + ".");
    }
  }

  /** The {@code @SequenceGenerator} that maps an id to this existing sequence. */
  private static String generator(Sequence sequence) {
    int dot = sequence.name().lastIndexOf('.');
    String name = sequence.name().substring(dot + 1);
    return "@SequenceGenerator(name = \"" + name + "\", sequenceName = \"" + name + "\""
        + (dot < 0 ? "" : ", schema = \"" + sequence.name().substring(0, dot) + "\"")
        + (sequence.start() == 1 ? "" : ", initialValue = " + sequence.start())
        + ", allocationSize = " + sequence.increment() + ")";
  }

  private void checkAlter(AlterColumn alter) {
    Column from = alter.from();
    Column to = alter.to();
    String name = alter.table() + "." + to.name();
    if (from.type().narrowsTo(to.type())) {
      guard(alter.table(), to.name(), "Changing " + name + " from " + from.type() + " to " + to.type()
          + " can cut or reject the values already stored");
    }
    if (from.nullable() && !to.nullable() && to.defaultValue() == null) {
      guard(alter.table(), to.name(), "Making " + name + " NOT NULL fails on every row that holds NULL there");
    }
  }

  private void checkAdd(AddColumn add) {
    Column column = add.column();
    List<String> classes = mapping.discriminators().get(add.table() + "." + column.name());
    if (classes != null) {
      checkDiscriminator(add.table(), column, classes);
      return;
    }
    if (!column.nullable() && !column.identity() && column.defaultValue() == null) {
      diagnostics.error(Tag.DESTRUCTIVE, "Column " + add.table() + "." + column.name() + " is NOT NULL, and table "
          + add.table() + " may already have rows, which would have no value for it. Declare the value for those rows with "
          + "@DefaultValue(\"...\") (dev.retort.DefaultValue, or Hibernate's @ColumnDefault), or make the column nullable "
          + "(a wrapper type such as Integer instead of int, or @Column(nullable = true)).",
          mapping.origin(add.table(), column.name()));
    }
  }

  /**
   * Whether the dropped column is the discriminator an older Retort gave a SINGLE_TABLE root
   * without entity subclasses or {@code @DiscriminatorColumn} (Hibernate maps none for it): the
   * mapping says the table's root has no discriminator, and the snapshot's column was checked to
   * hold the entity's own value only.
   */
  private boolean formerDiscriminator(DropColumn drop, Schema before) {
    String value = mapping.noDiscriminators().get(drop.table() + "." + drop.column().name());
    if (value == null) {
      return false;
    }
    String expected = drop.column().name() + " in (" + value + ")";
    return before.table(drop.table()).map(t -> t.checks().stream().anyMatch(c -> c.expression().equals(expected)))
        .orElse(false);
  }

  /**
   * The discriminator of a SINGLE_TABLE root without entity subclasses, dropped because Hibernate
   * maps none there (and writes none, so its inserts fail while the NOT NULL column stays). Its
   * check let it hold the entity's own value only, so dropping it loses nothing; it still takes
   * the acknowledgement, as every dropped column does, but with a message that says so.
   */
  private void checkFormerDiscriminator(DropColumn drop) {
    String table = drop.table();
    String column = drop.column().name();
    if (allowed(table, column)) {
      return;
    }
    String name = table + "." + column;
    String value = mapping.noDiscriminators().get(name);
    String entity = mapping.origin(table, null) == null ? table : mapping.origin(table, null).getSimpleName().toString();
    report(table, column, "Dropping column " + name + ": " + entity + " is SINGLE_TABLE without entity subclasses or "
        + "@DiscriminatorColumn, for which Hibernate maps no discriminator and writes none (an older Retort gave it "
        + column + " all the same), so Hibernate's inserts fail while this NOT NULL column stays. Dropping it loses "
        + "nothing: its check let it hold only " + entity + "'s own value, " + value + ", in every row. Compile once "
        + "with " + acknowledgement(name) + " to write the migration that drops it. (To keep the column, declare "
        + "@DiscriminatorColumn" + (column.equals("DTYPE") ? "" : "(name = \"" + column + "\")") + " on " + entity
        + ", which Hibernate then writes.)");
  }

  /**
   * A discriminator column added to an existing table: Hibernate reads each row's class from it,
   * so the rows already there need their own class's value, which no single default gives and
   * which Retort cannot work out (the rows of a SINGLE_TABLE hierarchy share one table). The
   * acknowledgement says the table is empty wherever the migration runs, or that the developer
   * writes the values into the migration before it is applied anywhere.
   */
  private void checkDiscriminator(String table, Column column, List<String> classes) {
    String name = table + "." + column.name();
    if (allowed(table, column.name())) {
      return;
    }
    String values = classes.isEmpty() ? "" : " (one of " + String.join(", ", classes) + ")";
    String example = classes.isEmpty() ? "'...'" : classes.get(0);
    report(table, column.name(), "Table " + table + " already exists, and its hierarchy now needs the discriminator column "
        + column.name() + " (an entity with entity subclasses is SINGLE_TABLE unless @Inheritance says otherwise): Hibernate reads each "
        + "row's class from it, so it is NOT NULL" + values + ". Retort cannot tell which class a row already in "
        + table + " belongs to (one table holds them all, and nothing in it says), so no single default is right, and "
        + "adding the column fails on a table with rows. Hibernate cannot have written a row of this hierarchy into "
        + table + " without " + column.name() + ": rows stored before the entity had subclasses are its own, the others "
        + "came from outside Hibernate. If " + table + " is empty wherever this migration will run, compile once with "
        + acknowledgement(name) + ". If it may have rows, compile that way too and, before the written migration is "
        + "applied anywhere, add the column without .notNull(), give each row its class with op.sql(\"UPDATE " + table
        + " SET " + column.name() + " = " + example + " WHERE ...\") (one per class), then "
        + "op.alterColumn(\"" + table + "\", <the column as added>, <the same with .notNull()>), all before the check of "
        + "its values.");
  }

  /**
   * Reports every ORDINAL enum column whose constants were reordered or removed since the snapshot
   * (the stored numbers would then mean other constants, or none); adding constants at the end is
   * safe. The snapshot's record is matched across {@code @RenamedFrom} renames. True when none.
   *
   * @param before the constants the snapshot records, by {@code "table.column"}
   */
  boolean checkOrdinals(Map<String, List<String>> before) {
    int errors = diagnostics.errorCount();
    for (Map.Entry<String, List<String>> now : mapping.ordinals().entrySet()) {
      String key = now.getKey();
      int dot = key.lastIndexOf('.');
      String table = key.substring(0, dot);
      String column = key.substring(dot + 1);
      String oldTable = mapping.tableRenames().getOrDefault(table, table);
      String oldColumn = mapping.columnRenames().getOrDefault(table, Map.of()).getOrDefault(column, column);
      List<String> was = before.get(oldTable + "." + oldColumn);
      List<String> is = now.getValue();
      if (was == null || (is.size() >= was.size() && is.subList(0, was.size()).equals(was)) || allowed(table, column)) {
        continue;
      }
      List<String> removed = was.stream().filter(c -> !is.contains(c)).toList();
      report(table, column, "The ORDINAL enum stored in " + key + " was " + was + " and is now " + is + ": "
          + (removed.isEmpty() ? "its constants were reordered" : "it no longer has " + String.join(", ", removed))
          + ", so the numbers its rows hold would mean other constants" + (removed.isEmpty() ? "" : ", or none")
          + ". Add new constants at the end only, or store the enum by name with @Enumerated(EnumType.STRING) in a new "
          + "column. Retort does not write a migration that loses data unless you say so: if this is intended (you "
          + "rewrite the stored numbers in a migration of your own, with op.sql), compile once with "
          + acknowledgement(key) + ", and the snapshot records the new order.");
    }
    return diagnostics.errorCount() == errors;
  }

  private void guard(String table, String column, String what) {
    if (allowed(table, column)) {
      return;
    }
    String name = column == null ? table : table + "." + column;
    report(table, column, what + ". Retort does not write a migration that loses data unless you say so: if this is "
        + "intended, compile once with " + acknowledgement(name)
        + "; if it is a rename, put @RenamedFrom(\"<old name>\") on the new element instead.");
  }

  /** Whether the compile's acknowledgement names the table or the column. */
  private boolean allowed(String table, String column) {
    return allowed.contains(column == null ? table : table + "." + column) || (column != null && allowed.contains(table));
  }

  private static String acknowledgement(String name) {
    return "-A" + ProcessorOptions.ALLOW_DATA_LOSS + "=" + name + " (or the environment variable RETORT_ALLOW_DATA_LOSS="
        + name + ")";
  }

  private void report(String table, String column, String message) {
    javax.lang.model.element.Element element = mapping.origin(table, column);
    if (element == null) {
      diagnostics.error(Tag.DESTRUCTIVE, message);
    } else {
      diagnostics.error(Tag.DESTRUCTIVE, message, element);
    }
  }
}
