package dev.retort.processor.snapshot;

/** A 1-based line and column in the snapshot text, remembered to report a problem found later. */
record Position(int line, int column) {

  SnapshotException error(String problem) {
    return new SnapshotException(line, column, problem, SnapshotException.FIX_ADVICE);
  }
}
