package dev.retort.dialect;

import dev.retort.op.AlterSequence;
import dev.retort.op.CreateSequence;
import dev.retort.op.DropSequence;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.util.List;

/**
 * MariaDB 10.5 and later: MySQL's SQL, with native sequences (Hibernate's {@code MariaDBDialect}
 * creates them {@code NOCACHE}, so values are handed out in order), MariaDB's native {@code uuid}
 * type from 10.7 on (as Hibernate 7 maps UUIDs there; {@code binary(16)} before) and MariaDB's
 * name in messages. Its transaction guarantees are MySQL's: DDL commits implicitly, see {@link
 * MySqlDialect}.
 */
public class MariaDbDialect extends MySqlDialect {
  private static final Capabilities CAPABILITIES = new Capabilities(false, true, true, true, 64);

  private final boolean nativeUuid;

  /** MariaDB 10.7 or later with names stored as written (its default on Linux). */
  public MariaDbDialect() {
    this(IdentifierCase.AS_WRITTEN);
  }

  /** MariaDB 10.7 or later, storing names as configured. */
  public MariaDbDialect(IdentifierCase identifierCase) {
    this(identifierCase, true);
  }

  /**
   * MariaDB as configured and versioned.
   *
   * @param nativeUuid whether the server has the {@code uuid} type (10.7 and later)
   */
  public MariaDbDialect(IdentifierCase identifierCase, boolean nativeUuid) {
    this(identifierCase, nativeUuid, true);
  }

  /**
   * MariaDB as configured, versioned and in the session's {@code sql_mode}.
   *
   * @param nativeUuid whether the server has the {@code uuid} type (10.7 and later)
   * @param backslashEscapes whether a backslash escapes in a string literal: false under {@code NO_BACKSLASH_ESCAPES}
   */
  public MariaDbDialect(IdentifierCase identifierCase, boolean nativeUuid, boolean backslashEscapes) {
    super(identifierCase, backslashEscapes);
    this.nativeUuid = nativeUuid;
  }

  @Override
  public String typeName(ColumnType type) {
    return type.kind() == ColumnType.Kind.UUID && nativeUuid ? "UUID" : super.typeName(type);
  }

  @Override
  public String databaseName() {
    return "MariaDB";
  }

  /**
   * MariaDB can say {@code IF NOT EXISTS}: a table made before Retort kept the AUTO_INCREMENT key
   * (or by hand) may have the key already, or lack it.
   */
  @Override
  protected String addAutoIncrementKey(Column column) {
    return "ADD KEY IF NOT EXISTS " + quoteName(AUTO_INCREMENT_KEY) + " (" + quoteName(column.name()) + ")";
  }

  @Override
  protected String dropAutoIncrementKey() {
    return "DROP KEY IF EXISTS " + quoteName(AUTO_INCREMENT_KEY);
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public List<SqlStatement> visit(CreateSequence op) {
    var sequence = op.sequence();
    return one("CREATE SEQUENCE " + quoteTable(sequence.name()) + " START WITH " + sequence.start()
        + " INCREMENT BY " + sequence.increment() + " NOCACHE");
  }

  @Override
  public List<SqlStatement> visit(AlterSequence op) {
    return standardAlterSequence(op);
  }

  @Override
  public List<SqlStatement> visit(DropSequence op) {
    return one("DROP SEQUENCE " + quoteTable(op.sequence().name()));
  }
}
