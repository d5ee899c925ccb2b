package dev.retort.processor.mapping;

import dev.retort.testing.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The differences between Retort's tables and Hibernate's own DDL that are choices, not bugs. Each
 * has a reason, and the README's "Mapping coverage" section lists the same reasons
 * ({@link ReadmeTest} checks that it does). Constraint and index names are not compared at all:
 * Retort names them readably ({@code fk_}, {@code uk_}, {@code idx_}, {@code ck_}) where
 * Hibernate hashes.
 */
final class DeliberateDifferences {
  private DeliberateDifferences() {}

  /** A kind of deliberate difference and why. */
  enum Reason {
    ENUM_ORDER("A STRING enum's values are listed in declaration order; Hibernate sorts them alphabetically. "
        + "A database that sorts a native ENUM column by position then sorts as the Java enum compares, and "
        + "Hibernate's validation accepts either order."),
    KEY_ORDER("The primary key of a join or collection table lists the owner's columns first, then the order "
        + "column or the element's, and a composite key (@EmbeddedId, @IdClass) lists its columns in declaration "
        + "order; Hibernate 6.2+ orders them by type size and name. Owner first is the order in which Hibernate "
        + "itself looks a collection up, so the key's index serves that lookup; on MariaDB it also serves the "
        + "foreign key to the owner, where InnoDB adds an index of its own to Hibernate's table. A foreign key to a "
        + "composite key follows that key's order, so the index H2 and MariaDB create for it differs the same way."),
    SINGLE_TABLE_NOT_NULL("A SINGLE_TABLE subclass column that its class needs (a primitive, or nullable = false) "
        + "stays nullable, with a check that only the other classes' rows may leave it empty; Hibernate 7 does "
        + "that for primitives but makes an explicit nullable = false column NOT NULL, which rejects every row of "
        + "the sibling classes."),
    CONVERTED_CHECK("A Boolean or enum attribute stored through an AttributeConverter gets no check of its converted "
        + "values: Hibernate 7 writes one (it calls the converter on every value when it boots), but a converter's "
        + "code does not run at compile time. Declare the check with @Column(check = @CheckConstraint(...)) to have it.");

    final String text;

    Reason(String text) {
      this.text = text;
    }
  }

  /**
   * One expected difference line, its reason, and the databases it shows on.
   *
   * @param databases where the difference shows; empty for every database
   */
  record Expected(String line, Reason reason, Set<Database> databases) {
    Expected(String line, Reason reason) {
      this(line, reason, Set.of());
    }

    boolean appliesTo(Database database) {
      return databases.isEmpty() || databases.contains(database);
    }

    /** The same difference, where it shows only on these databases. */
    Expected on(Database... only) {
      return new Expected(line, reason, Set.of(only));
    }
  }

  static Expected enumOrder(String table, String column, String declared, String sorted) {
    return new Expected("column " + table + "." + column + ": type Retort ENUM(" + declared + "), Hibernate ENUM(" + sorted + ")",
        Reason.ENUM_ORDER);
  }

  static Expected keyOrder(String table, String retort, String hibernate) {
    return new Expected("table " + table + ": primary key Retort [" + retort + "], Hibernate [" + hibernate + "]", Reason.KEY_ORDER);
  }

  /** The index InnoDB adds for the owner's foreign key of a join table whose key does not start with the owner's columns. */
  static Expected ownerIndex(String table, String columns) {
    return new Expected("table " + table + ": index (" + columns + ") only in Hibernate", Reason.KEY_ORDER).on(Database.MARIADB);
  }

  /** The index H2 and MariaDB create for a foreign key to a composite key, whose column order follows that key's. */
  static List<Expected> foreignKeyIndex(String table, String retort, String hibernate) {
    return List.of(
        new Expected("table " + table + ": index (" + retort + ") only in Retort", Reason.KEY_ORDER).on(Database.H2, Database.MARIADB),
        new Expected("table " + table + ": index (" + hibernate + ") only in Hibernate", Reason.KEY_ORDER).on(Database.H2, Database.MARIADB));
  }

  /** Hibernate's check of the values an AttributeConverter gives a Boolean or enum attribute, as the database prints it. */
  static Expected convertedCheck(String table, String check) {
    return new Expected("table " + table + ": check " + DbSchema.normalizeCheck(check) + " only in Hibernate", Reason.CONVERTED_CHECK);
  }

  static List<Expected> singleTableNotNull(String table, String column, String check) {
    return List.of(
        new Expected("column " + table + "." + column + ": Retort nullable, Hibernate not null", Reason.SINGLE_TABLE_NOT_NULL),
        new Expected("table " + table + ": check " + DbSchema.normalizeCheck(check) + " only in Retort", Reason.SINGLE_TABLE_NOT_NULL));
  }

  static List<String> lines(Expected... expected) {
    List<String> lines = new ArrayList<>();
    for (Expected e : expected) {
      lines.add(e.line());
    }
    return lines;
  }
}
