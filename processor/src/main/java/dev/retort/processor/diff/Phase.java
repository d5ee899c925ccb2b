package dev.retort.processor.diff;

/**
 * The order in which a migration's operations run. Each phase needs only what earlier phases
 * made and removes only what later phases no longer use, so a database accepts the sequence.
 * Operations on a table's old state (drops of constraints) come before the renames, since they
 * name the objects as they were; everything after the renames uses the new names.
 */
enum Phase {
  /** First, because a foreign key blocks changes to the key and columns it references. */
  DROP_FOREIGN_KEYS,
  /** Unique constraints, checks and indexes that change or go. */
  DROP_CONSTRAINTS,
  RENAME_TABLES,
  /** Created (and altered) before any table, so that a new column default may use one; dropped last. */
  CREATE_SEQUENCES,
  /** Referenced tables first; without foreign keys or indexes, which come once all tables exist. */
  CREATE_TABLES,
  RENAME_COLUMNS,
  ADD_COLUMNS,
  /**
   * Before the columns are altered: a column cannot become nullable, or change type on some
   * databases, while it is in the primary key.
   */
  DROP_PRIMARY_KEYS,
  ALTER_COLUMNS,
  ADD_PRIMARY_KEYS,
  /** Unique constraints and checks. */
  ADD_CONSTRAINTS,
  CREATE_INDEXES,
  /** Last of the additions, once every referenced table, column and key exists. */
  ADD_FOREIGN_KEYS,
  DROP_COLUMNS,
  /** Referencing tables first. */
  DROP_TABLES,
  DROP_SEQUENCES
}
