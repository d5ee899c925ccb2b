package dev.retort.cli;

import dev.retort.AppliedMigration;
import dev.retort.HistoryEntry;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import picocli.CommandLine;

/** How the verbs print revisions, the way Alembic does where it has a way. */
final class Print {
  private Print() {}

  static String revisions(Collection<String> ids) {
    return ids.isEmpty() ? "base" : String.join(", ", ids);
  }

  static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** {@code Applied 7d7dcfde138a (initial) in 12 ms}. */
  static void ran(PrintWriter out, String verb, List<AppliedMigration> migrations) {
    for (AppliedMigration m : migrations) {
      out.println(verb + " " + m.id() + (m.message().isEmpty() ? "" : " (" + m.message() + ")") + " in "
          + m.duration().toMillis() + " ms");
    }
  }

  /** Alembic's one-line form: {@code 7d7dcfde138a -> 7616fbeb8e50 (head) (current), add_member_phone}. */
  static String line(HistoryEntry entry, Set<String> heads, boolean indicateCurrent) {
    StringBuilder s = new StringBuilder(entry.parents().isEmpty() ? "<base>" : String.join(", ", entry.parents()))
        .append(" -> ").append(entry.id());
    if (heads.contains(entry.id())) {
      s.append(" (head)");
    }
    if (entry.merge()) {
      s.append(" (mergepoint)");
    }
    if (indicateCurrent && entry.current()) {
      s.append(" (current)");
    }
    return s.append(", ").append(entry.message()).toString();
  }

  private static String by(HistoryEntry entry) {
    return entry.appliedBy() == null || entry.appliedBy().isEmpty() ? "" : " by " + entry.appliedBy();
  }

  /** {@code applied 2026-11-23T16:40:01Z}, {@code stamped ...}, {@code failed partway} or {@code pending}. */
  static String status(HistoryEntry entry) {
    if (entry.failed()) {
      return "failed partway";
    }
    if (entry.pending()) {
      return "pending";
    }
    return (entry.stamped() ? "stamped " : "applied ") + time(entry.appliedAt());
  }

  /**
   * The revisions the database is at that are not among the code's (a newer build, or another
   * branch, applied them), sorted: {@code history} cannot show them.
   */
  static SortedSet<String> unknown(SortedSet<String> current, List<HistoryEntry> history) {
    SortedSet<String> unknown = new TreeSet<>(current);
    history.forEach(e -> unknown.remove(e.id()));
    return unknown;
  }

  /** The note on standard error that the database is at revisions the code does not have. */
  static void unknownNote(CommandLine commandLine, SortedSet<String> unknown, Set<String> heads) {
    if (unknown.isEmpty()) {
      return;
    }
    commandLine.getErr().println("retort " + commandLine.getCommandName() + ": The database is at "
        + (unknown.size() == 1 ? "revision " : "revisions ") + String.join(", ", unknown)
        + ", unknown to this code: its migrations do not include " + (unknown.size() == 1 ? "it" : "them")
        + "; their " + (heads.size() == 1 ? "head is " : "heads are ") + revisions(heads) + ". upgrade, "
        + "downgrade, stamp (without --purge) and check refuse this database: run them with the version of the "
        + "application that migrated it.");
  }

  /** Alembic's verbose block, with when and by whom the revision was applied. */
  static void verbose(PrintWriter out, HistoryEntry entry, Set<String> heads, boolean indicateCurrent) {
    out.println("Rev: " + entry.id() + (heads.contains(entry.id()) ? " (head)" : "")
        + (entry.merge() ? " (mergepoint)" : "") + (indicateCurrent && entry.current() ? " (current)" : ""));
    out.println((entry.merge() ? "Merges: " : "Parent: ") + (entry.parents().isEmpty() ? "<base>" : String.join(", ", entry.parents())));
    if (entry.created() != null) {
      out.println("Created: " + time(entry.created()));
    }
    if (entry.failed()) {
      out.println("Applied: failed partway (the next upgrade says what to do)");
    } else if (entry.pending()) {
      out.println("Applied: pending");
    } else if (entry.stamped()) {
      out.println("Applied: stamped " + time(entry.appliedAt()) + by(entry) + " (not run)");
    } else {
      out.println("Applied: " + time(entry.appliedAt()) + by(entry) + " in " + entry.executionTime().toMillis() + " ms");
    }
    out.println();
    out.println("    " + entry.message());
    out.println();
  }
}
