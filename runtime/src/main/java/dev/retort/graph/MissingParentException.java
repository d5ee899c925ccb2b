package dev.retort.graph;

/** A revision names a parent that is not among the revisions. */
public class MissingParentException extends RevisionGraphException {
  private final String revision;
  private final String parent;

  public MissingParentException(String revision, String parent) {
    super("Revision '" + revision + "' follows '" + parent + "', which is not among the migrations. "
        + "Restore the migration '" + parent + "' or correct the parents of '" + revision + "'. "
        + "Nothing was changed.");
    this.revision = revision;
    this.parent = parent;
  }

  public String revision() {
    return revision;
  }

  public String parent() {
    return parent;
  }
}
