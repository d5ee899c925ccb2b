package dev.retort.processor.snapshot;

/**
 * Finds git conflict markers before parsing, so that an unfinished merge gets advice about the
 * merge instead of a JSON syntax error.
 */
final class ConflictMarkers {
  private static final String[] MARKERS = {"<<<<<<<", "|||||||", "=======", ">>>>>>>"};

  private ConflictMarkers() {}

  /** Throws at the first line that starts with a marker; no valid snapshot line does. */
  static void check(String text) {
    int line = 1;
    for (String content : text.split("\n", -1)) {
      for (String marker : MARKERS) {
        if (content.startsWith(marker)) {
          throw new SnapshotException(
              line, 1, "unresolved git conflict (a line starting with " + marker + ")", SnapshotException.CONFLICT_ADVICE);
        }
      }
      line++;
    }
  }
}
