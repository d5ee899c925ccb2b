package dev.retort.dialect;

import dev.retort.op.AlterSequence;
import dev.retort.op.CreateSequence;
import dev.retort.op.DropSequence;
import java.util.List;

/**
 * MariaDB 10.5 and later: MySQL's SQL, with native sequences (Hibernate's {@code MariaDBDialect}
 * creates them {@code NOCACHE}, so values are handed out in order) and MariaDB's name in
 * messages. Its transaction guarantees are MySQL's: DDL commits implicitly, see {@link
 * MySqlDialect}.
 */
public class MariaDbDialect extends MySqlDialect {
  private static final Capabilities CAPABILITIES = new Capabilities(false, true, true, true, 64);

  public MariaDbDialect() {
    super();
  }

  public MariaDbDialect(IdentifierCase identifierCase) {
    super(identifierCase);
  }

  @Override
  public String databaseName() {
    return "MariaDB";
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
