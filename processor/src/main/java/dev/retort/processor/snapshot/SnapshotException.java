package dev.retort.processor.snapshot;

import dev.retort.RetortException;

/**
 * A snapshot file that cannot be read: malformed JSON, a wrong hand edit or an unresolved git
 * conflict. The message says what is wrong and what to do; {@link #line()} and
 * {@link #column()} say where, for the caller to report as {@code file:line:column: message}
 * the way compilers do.
 */
public final class SnapshotException extends RetortException {
  static final String FIX_ADVICE =
      "Fix the line, or restore the file from version control, then recompile.";
  static final String CONFLICT_ADVICE =
      "Resolve the conflict by keeping both sides' tables and sequences, remove the marker lines,"
          + " then recompile.";

  private final int line;
  private final int column;
  private final String problem;
  private final boolean conflict;

  SnapshotException(int line, int column, String problem, String advice) {
    super(problem + ". " + advice);
    this.line = line;
    this.column = column;
    this.problem = problem;
    this.conflict = CONFLICT_ADVICE.equals(advice);
  }

  /** Whether the file holds unresolved git conflict markers (after a merge of two branches). */
  public boolean isConflict() {
    return conflict;
  }

  /** The 1-based line of the problem. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem. */
  public int column() {
    return column;
  }

  /** What is wrong, without the position and the advice. */
  public String problem() {
    return problem;
  }
}
