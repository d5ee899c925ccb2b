package dev.retort.op;

import java.util.Optional;

/**
 * One schema change, as an immutable value. The differ produces them, the code generator prints
 * them, each dialect renders them and the engine executes them.
 *
 * <p>Each operation carries what its inverse needs (a drop keeps the definition it removes), so a
 * downgrade can always be derived, and says whether applying it can destroy stored data.
 */
public sealed interface Operation
    permits CreateTable,
        DropTable,
        RenameTable,
        AddColumn,
        DropColumn,
        RenameColumn,
        AlterColumn,
        AddPrimaryKey,
        DropPrimaryKey,
        AddUnique,
        DropUnique,
        AddCheck,
        DropCheck,
        AddForeignKey,
        DropForeignKey,
        CreateIndex,
        DropIndex,
        CreateSequence,
        DropSequence,
        AlterSequence,
        ExecuteSql,
        RunJdbc {

  <R> R accept(OperationVisitor<R> visitor);

  /** The operation that undoes this one, or empty when it cannot be undone (raw SQL without a downgrade). */
  Optional<Operation> inverse();

  /** Whether applying this operation may destroy or reject stored data. */
  boolean destructive();

  /** A short, human description for logs and error messages. */
  String describe();
}
