package dev.retort;

import dev.retort.op.Operation;
import dev.retort.op.Operations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A migration: one revision of the schema. Generated migrations are final subclasses annotated
 * with {@link Revision}; hand-written ones look the same.
 *
 * <p>{@link #upgrade} and {@link #downgrade} only record operations on the typed API; the runtime
 * decides when and how they run.
 */
public abstract class Migration {

  /** Records the operations that bring the schema from the parents to this revision. */
  public abstract void upgrade(Operations op);

  /**
   * Records the operations that bring the schema back to the parents. By default the inverses of
   * {@link #upgrade}'s operations in reverse order; a migration whose upgrade has an operation
   * without an inverse (raw SQL without a downgrade, a JDBC callback) must override this or is
   * irreversible.
   */
  public void downgrade(Operations op) {
    List<Operation> upgrade = recordUpgrade();
    List<Operation> inverses = new ArrayList<>();
    for (int i = upgrade.size() - 1; i >= 0; i--) {
      Optional<Operation> inverse = upgrade.get(i).inverse();
      if (inverse.isEmpty()) {
        throw new IrreversibleMigrationException(revision().id(), upgrade.get(i).describe());
      }
      inverses.add(inverse.get());
    }
    inverses.forEach(op::add);
  }

  /**
   * Whether each run of this migration happens in one transaction, where the database allows: true
   * by default. Override it to return false for statements a database refuses to run in a
   * transaction, such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}:
   *
   * <pre>{@code
   * @Revision(id = "5c1e0d2a9f3b", parents = "7616fbeb8e50", message = "index loans by member")
   * public final class V0004_IndexLoansByMember extends Migration {
   *   @Override
   *   public boolean transactional() {
   *     return false; // CREATE INDEX CONCURRENTLY cannot run inside a transaction
   *   }
   *
   *   @Override
   *   public void upgrade(Operations op) {
   *     op.sql("CREATE INDEX CONCURRENTLY ix_loan_member ON loan (member_id)",
   *         "DROP INDEX CONCURRENTLY ix_loan_member");
   *   }
   * }
   * }</pre>
   *
   * <p>Retort then runs each statement on its own (in auto-commit mode) and records the revision
   * after the last one. Keep such a migration to those statements: what ran before a failure
   * stays, and before its first statement the version table marks the revision as unfinished, so
   * a failure or a killed process stops the next run with a message that says what to do instead
   * of running it again over its own half. (A failed {@code CREATE INDEX CONCURRENTLY} leaves an
   * invalid index behind, which PostgreSQL's message names: drop it before starting again.) The
   * migration lock is held on a connection of its own that keeps no transaction open, so the
   * index build does not wait for it.
   */
  public boolean transactional() {
    return true;
  }

  /** The operations of {@link #upgrade}, recorded. */
  public final List<Operation> recordUpgrade() {
    Operations op = Operations.recording();
    upgrade(op);
    return op.recorded();
  }

  /** The operations of {@link #downgrade}, recorded. */
  public final List<Operation> recordDowngrade() {
    Operations op = Operations.recording();
    downgrade(op);
    return op.recorded();
  }

  /** This class's {@link Revision} annotation. */
  public final Revision revision() {
    Revision revision = getClass().getAnnotation(Revision.class);
    if (revision == null) {
      throw new RetortException(
          "Migration class " + getClass().getName() + " has no @Revision annotation. "
              + "Add @Revision(id = \"...\", parents = {...}) to it.");
    }
    return revision;
  }
}
