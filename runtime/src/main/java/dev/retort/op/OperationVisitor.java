package dev.retort.op;

/**
 * One method per operation, so that adding an operation breaks, at compile time, every consumer
 * that forgot it (Java 17 has sealed types but no pattern switch).
 */
public interface OperationVisitor<R> {
  R visit(CreateTable op);

  R visit(DropTable op);

  R visit(RenameTable op);

  R visit(AddColumn op);

  R visit(DropColumn op);

  R visit(RenameColumn op);

  R visit(AlterColumn op);

  R visit(AddPrimaryKey op);

  R visit(DropPrimaryKey op);

  R visit(AddUnique op);

  R visit(DropUnique op);

  R visit(AddCheck op);

  R visit(DropCheck op);

  R visit(AddForeignKey op);

  R visit(DropForeignKey op);

  R visit(CreateIndex op);

  R visit(DropIndex op);

  R visit(CreateSequence op);

  R visit(DropSequence op);

  R visit(AlterSequence op);

  R visit(ExecuteSql op);

  R visit(RunJdbc op);
}
