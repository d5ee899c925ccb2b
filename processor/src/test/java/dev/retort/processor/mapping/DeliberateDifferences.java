package dev.retort.processor.mapping;

import java.util.ArrayList;
import java.util.List;

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
        + "Hibernate's validation accepts either order.");

    final String text;

    Reason(String text) {
      this.text = text;
    }
  }

  /** One expected difference line and its reason. */
  record Expected(String line, Reason reason) {}

  static Expected enumOrder(String table, String column, String declared, String sorted) {
    return new Expected("column " + table + "." + column + ": type Retort ENUM(" + declared + "), Hibernate ENUM(" + sorted + ")",
        Reason.ENUM_ORDER);
  }

  static List<String> lines(Expected... expected) {
    List<String> lines = new ArrayList<>();
    for (Expected e : expected) {
      lines.add(e.line());
    }
    return lines;
  }
}
