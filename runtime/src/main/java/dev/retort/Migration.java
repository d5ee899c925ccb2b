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

  /** Whether each run of this migration happens in one transaction, where the database allows. */
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
