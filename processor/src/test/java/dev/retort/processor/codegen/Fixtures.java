package dev.retort.processor.codegen;

import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.BLOB;
import static dev.retort.schema.ColumnType.BOOLEAN;
import static dev.retort.schema.ColumnType.CLOB;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.DOUBLE;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.INTERVAL;
import static dev.retort.schema.ColumnType.REAL;
import static dev.retort.schema.ColumnType.SMALLINT;
import static dev.retort.schema.ColumnType.TINYINT;
import static dev.retort.schema.ColumnType.UUID;
import static dev.retort.schema.ColumnType.character;
import static dev.retort.schema.ColumnType.custom;
import static dev.retort.schema.ColumnType.decimal;
import static dev.retort.schema.ColumnType.enumOf;
import static dev.retort.schema.ColumnType.time;
import static dev.retort.schema.ColumnType.timeTz;
import static dev.retort.schema.ColumnType.timestamp;
import static dev.retort.schema.ColumnType.timestampTz;
import static dev.retort.schema.ColumnType.varbinary;
import static dev.retort.schema.ColumnType.varchar;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.Index.index;
import static dev.retort.schema.Index.uniqueIndex;
import static dev.retort.schema.Sequence.sequence;
import static dev.retort.schema.Table.table;
import static dev.retort.schema.UniqueConstraint.unique;

import dev.retort.op.Operation;
import dev.retort.op.Operations;
import dev.retort.schema.ForeignKey.OnDelete;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Migration specs shared by the generator tests. */
final class Fixtures {
  static final String PACKAGE = "com.example.library.migrations";

  private Fixtures() {}

  /** The example of the design notes: one added column. */
  static MigrationSpec addMemberPhone() {
    return new MigrationSpec(
        PACKAGE,
        "V0002_AddMemberPhone",
        "7c1f0a9e3b21",
        List.of("3e5d2c1b0a99"),
        "add_member_phone",
        "2026-11-23T16:45:12Z",
        Operations.recording().addColumn("member", col("phone", varchar(40))).recorded(),
        Operations.recording().dropColumn("member", col("phone", varchar(40))).recorded());
  }

  /**
   * Every kind of operation but the JDBC callback, and every kind of column type, as a plausible
   * change to a library's schema. The downgrade is the inverses in reverse order.
   */
  static MigrationSpec everyOperation() {
    List<Operation> upgrade = Operations.recording()
        .createSequence(sequence("member_seq", 1, 50))
        .createTable(member())
        .createTable(table("book_copy")
            .column(col("isbn", character(13)).notNull())
            .column(col("copy_no", SMALLINT).notNull())
            .primaryKey("isbn", "copy_no"))
        .createTable(table("loan")
            .column(col("id", BIGINT).notNull().asIdentity())
            .column(col("member_id", BIGINT).notNull())
            .column(col("isbn", character(13)))
            .column(col("copy_no", SMALLINT))
            .column(col("lent_on", DATE).notNull())
            .column(col("due_on", DATE).notNull())
            .primaryKey("id")
            .check(check("ck_loan_dates", "due_on >= lent_on"))
            .foreignKey(foreignKey("fk_loan_member", "member_id", "member", "id")
                .onDelete(OnDelete.CASCADE))
            .foreignKey(foreignKey(
                    "fk_loan_copy",
                    List.of("isbn", "copy_no"),
                    "book_copy",
                    List.of("isbn", "copy_no"))
                .onDelete(OnDelete.SET_NULL)))
        .dropTable(table("fine")
            .column(col("id", BIGINT).notNull())
            .column(col("amount", decimal(9, 2)).notNull().defaultValue("0.00"))
            .primaryKey("id"))
        .renameTable("patron", "reader")
        .addColumn("reader", col("phone", varchar(40)))
        .dropColumn("reader", col("fax", varchar(40)))
        .renameColumn("reader", "surname", "family_name")
        .alterColumn(
            "reader",
            col("email", varchar(255)).notNull(),
            col("email", varchar(320)).notNull().defaultValue("''"))
        .dropPrimaryKey("reader", "id")
        .addPrimaryKey("reader", "id", "branch")
        .addUnique("reader", unique("uk_reader_card", "card_no", "branch"))
        .dropUnique("reader", unique("uk_reader_name", "name"))
        .addCheck("reader", check("ck_reader_card", "card_no > 0"))
        .dropCheck("reader", check("ck_reader_age", "age >= 16"))
        .addForeignKey("reader", foreignKey("fk_reader_member", "member_id", "member", "id"))
        .dropForeignKey("reader", foreignKey("fk_reader_branch", "branch", "branch", "code"))
        .createIndex(uniqueIndex("ux_reader_card", "reader", "card_no"))
        .dropIndex(index("ix_reader_name", "reader", "family_name", "name"))
        .dropSequence(sequence("fine_seq", 10_000_000_000L, 1))
        .alterSequence(sequence("member_seq", 1, 50), sequence("member_seq", 1, 100))
        .sql(
            "UPDATE reader SET phone = '' WHERE phone IS NULL",
            "UPDATE reader SET phone = NULL WHERE phone = ''")
        .recorded();
    return new MigrationSpec(
        PACKAGE,
        "V0003_EveryOperation",
        "9a8b7c6d5e4f",
        List.of("7c1f0a9e3b21"),
        "every operation and column type",
        "2026-11-24T09:00:00Z",
        upgrade,
        inverses(upgrade));
  }

  /**
   * Values that would break naive printing: quotes, backslashes, dollar signs, text that ends a
   * comment or looks like a Unicode escape, control characters and line breaks in SQL, non-ASCII
   * letters, the extremes of {@code long}, a nullable identity column, a table without columns, a
   * merge revision and a message that is not a plain phrase.
   */
  static MigrationSpec awkwardValues() {
    String comment = "*/ /* \\u002a/ @see <b>&amp;</b> {@code x} $L $$ \"q\"";
    List<Operation> upgrade = Operations.recording()
        .createTable(table("odd \"table\"")
            .column(col("na\\me", varchar(10)).asIdentity().nullable(true))
            .column(col("$dollar", custom("VARCHAR(10) CHECK (\"$dollar\" <> '\\')"))
                .defaultValue("'a'\r\n\t|| 'b'"))
            .column(col("unicodé", enumOf("É", "ü", "with space", "quote\"", "*/")))
            .column(col("nothing", decimal(0, 0)).notNull())
            .check(check("ck_comment", "a > 0 AND b < 1 -- " + comment)))
        .createTable(table("sales.empty"))
        .addPrimaryKey("keyless")
        .dropPrimaryKey("keyless")
        .createSequence(sequence("extremes", Long.MIN_VALUE, Long.MAX_VALUE))
        .createSequence(sequence("int_edges", Integer.MIN_VALUE, Integer.MAX_VALUE))
        .createSequence(sequence("just_past", Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L))
        .sql("UPDATE t SET a = '$1', b = '\u0000\u001f\u007f\u2028' -- " + comment + "\n"
            + "WHERE c = 'x'\n")
        .recorded();
    return new MigrationSpec(
        "com.example.odd",
        "V0005_Awkward",
        "rev \"quoted\" \\ " + comment,
        List.of("a1", "b2"),
        "merge: " + comment + "\nsecond\tline",
        "2026-01-01T00:00:00.123456789Z",
        upgrade,
        inverses(upgrade));
  }

  /** A table with a column of every type. */
  private static Table member() {
    return table("member")
        .column(col("id", BIGINT).notNull().asIdentity())
        .column(col("email", varchar(320)).notNull())
        .column(col("country", character(2)))
        .column(col("active", BOOLEAN).notNull().defaultValue("TRUE"))
        .column(col("rank", TINYINT))
        .column(col("open_loans", SMALLINT).notNull().defaultValue("0"))
        .column(col("points", INTEGER))
        .column(col("rating", REAL))
        .column(col("score", DOUBLE))
        .column(col("balance", decimal(19, 2)).notNull().defaultValue("0.00"))
        .column(col("notes", CLOB))
        .column(col("photo", BLOB))
        .column(col("card_hash", varbinary(32)))
        .column(col("born_on", DATE))
        .column(col("calls_at", time(0)))
        .column(col("calls_at_offset", timeTz(0)))
        .column(col("joined_at", timestamp(6)).notNull().defaultValue("CURRENT_TIMESTAMP"))
        .column(col("last_seen", timestampTz(6)))
        .column(col("loan_period", INTERVAL))
        .column(col("public_id", UUID).notNull())
        .column(col("status", enumOf("ACTIVE", "SUSPENDED", "CLOSED")).notNull())
        .column(col("tier", enumOf(12, "BASIC", "GOLD")))
        .column(col("home", custom("geometry(Point, 4326)")))
        .primaryKey("id")
        .unique(unique("uk_member_email", "email"))
        .check(check("ck_member_balance", "balance >= 0"))
        .index(index("ix_member_status", "member", "status"));
  }

  /** The inverses of the operations in reverse order; operations without one are left out. */
  static List<Operation> inverses(List<Operation> operations) {
    List<Operation> inverses = new ArrayList<>();
    for (int i = operations.size() - 1; i >= 0; i--) {
      Optional<Operation> inverse = operations.get(i).inverse();
      inverse.ifPresent(inverses::add);
    }
    return inverses;
  }
}
