package dev.retort.graph;

/** Two revisions share one id. */
public class DuplicateRevisionException extends RevisionGraphException {
  private final String revision;

  public DuplicateRevisionException(String revision) {
    super("Two migrations have the revision id '" + revision + "'. Revision ids must be unique: "
        + "give one of them a new id (and fix the parents of its children). Nothing was changed.");
    this.revision = revision;
  }

  public String revision() {
    return revision;
  }
}
