package dev.retort.processor.snapshot;

/**
 * Writes and reads the schema snapshot file. The file is committed, reviewed in pull requests
 * and merged by git, so its layout is fixed down to the byte and everything in it is sorted:
 *
 * <pre>{@code
 * {
 *   "retort": 1,
 *   "revision": "7c1f0a9e3b21",
 *   "package": "com.example.migrations",
 *   "entities": [
 *     "com.example.Author",
 *     "com.example.Book"
 *   ],
 *   "tables": {
 *     "book": {
 *       "columns": [
 *         {"name": "id", "type": "bigint", "nullable": false, "identity": true},
 *         {"name": "title", "type": "varchar(255)", "nullable": false, "default": "'x'"},
 *         {"name": "format", "type": "tinyint", "nullable": true, "ordinals": ["PAPER", "EBOOK"]}
 *       ],
 *       "primaryKey": ["id"],
 *       "uniqueConstraints": [
 *         {"name": "uk_book_isbn", "columns": ["isbn"]}
 *       ],
 *       "checks": [
 *         {"name": "ck_book_price", "expression": "price >= 0"}
 *       ],
 *       "foreignKeys": [
 *         {"name": "fk_book_author", "columns": ["author_id"], "referencedTable": "author", "referencedColumns": ["id"], "onDelete": "NO_ACTION"}
 *       ],
 *       "indexes": [
 *         {"name": "idx_book_title", "columns": ["title"], "unique": false}
 *       ]
 *     }
 *   },
 *   "sequences": [
 *     {"name": "book_seq", "start": 1, "increment": 50}
 *   ]
 * }
 * }</pre>
 *
 * <p>The rules the writer follows, so that the same schema always gives the same bytes:
 *
 * <ul>
 *   <li>UTF-8, two-space indentation, {@code \n} line ends, a final newline.
 *   <li>Tables sorted by name; columns in table order (the order they were created in); unique
 *       constraints, checks, foreign keys and indexes sorted by name; sequences sorted by name.
 *       One column, constraint, index or sequence per line, keys in the order shown above.
 *   <li>{@code "revision"} and {@code "package"} are omitted before the first migration;
 *       {@code "entities"} (sorted, one class name per line) is omitted when empty. {@code "tables"} and
 *       {@code "sequences"} are always written, {@code {}} and {@code []} when empty.
 *       {@code "columns"} is always written; {@code "primaryKey"}, {@code "uniqueConstraints"},
 *       {@code "checks"}, {@code "foreignKeys"} and {@code "indexes"} only when not empty.
 *   <li>A column always has {@code "name"}, {@code "type"} and {@code "nullable"};
 *       {@code "identity"} appears only when true and {@code "default"} only when set;
 *       {@code "ordinals"}, only on a column that stores an ORDINAL enum, lists its constants in
 *       declaration order (what the stored numbers mean: the processor refuses a migration that
 *       reorders or removes them unless told it may). Foreign
 *       keys always have {@code "onDelete"}, indexes always {@code "unique"}.
 *   <li>Column types are the kind in lower case with its sizes or values: {@code bigint},
 *       {@code varchar(255)}, {@code timestamp_tz(6)}, {@code decimal(19,2)},
 *       {@code enum('A','it''s')} (values quoted as in SQL, so they may hold quotes and commas),
 *       {@code custom(<definition>)} (everything up to the last parenthesis, verbatim).
 *   <li>Strings escape quotes, backslashes, control characters and unpaired surrogates; other
 *       characters are written as themselves.
 * </ul>
 *
 * <p>The reader accepts keys in any order, the omitted keys written out with their default value
 * ({@code "identity": false}, {@code "default": null}, empty lists), and type names in any case.
 * Anything else that is unexpected (unknown or repeated keys, a wrong value type, an unknown
 * column type, a constraint on a missing column, a foreign key to a missing table or column, a
 * git conflict marker) is a {@link SnapshotException} at its line and column.
 *
 * <p>Merging: two branches that add different tables touch different lines, so git merges them,
 * except that JSON's commas make neighbouring tables (and the {@code "revision"} line) conflict.
 * The reader then points at the conflict marker and says to keep both sides.
 */
public final class SnapshotFormat {
  /** The value of {@code "retort"}: the version of this file format. */
  public static final int VERSION = 1;

  private SnapshotFormat() {}

  /**
   * The file's text.
   *
   * @throws IllegalArgumentException if the schema could not be read back (a constraint listing
   *     a column its table lacks, a foreign key to a missing table, a column type carrying sizes
   *     its kind does not use): the file would fail the next build instead of this one
   */
  public static String write(Snapshot snapshot) {
    String text = SnapshotWriter.write(snapshot);
    try {
      SnapshotReader.read(text);
    } catch (SnapshotException e) {
      throw new IllegalArgumentException("schema cannot be written as a snapshot: " + e.problem(), e);
    }
    return text;
  }

  /**
   * Reads a file's text.
   *
   * @throws SnapshotException with the line and column of what is wrong
   */
  public static Snapshot read(String text) {
    return SnapshotReader.read(text);
  }
}
