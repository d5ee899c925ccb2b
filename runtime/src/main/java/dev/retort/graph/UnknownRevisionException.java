package dev.retort.graph;

/** A target names no revision: not an id, not a prefix of one, not a keyword. */
public class UnknownRevisionException extends RevisionGraphException {
  private final String target;

  public UnknownRevisionException(String target, String detail) {
    super("No revision matches '" + target + "'" + (detail.isEmpty() ? "" : ": " + detail)
        + ". Use 'head', 'base', a revision id or a unique prefix of one, '+N' or '-N'.");
    this.target = target;
  }

  public String target() {
    return target;
  }
}
