package dev.retort.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.retort.op.AddCheck;
import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AddUnique;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.DropCheck;
import dev.retort.op.DropColumn;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.DropUnique;
import dev.retort.op.ExecuteSql;
import dev.retort.op.Operation;
import dev.retort.op.OperationVisitor;
import dev.retort.op.Operations;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.op.RunJdbc;
import java.util.List;

/**
 * Prints each operation as the call on {@link Operations} that records it again, for example
 * {@code op.addColumn("member", col("phone", varchar(40)))}. Arguments after the first may wrap
 * ({@code $W}) when the line would pass 100 columns; a table is a chain of one call per line.
 */
final class OperationRenderer implements OperationVisitor<CodeBlock> {
  /** The name of the {@link Operations} parameter in {@code upgrade} and {@code downgrade}. */
  static final String PARAMETER = "op";

  private final SchemaExpressions schema;

  OperationRenderer(SchemaExpressions schema) {
    this.schema = schema;
  }

  /** The operations as a method body, one statement each. */
  CodeBlock statements(List<Operation> operations) {
    CodeBlock.Builder body = CodeBlock.builder();
    for (Operation operation : operations) {
      body.addStatement(operation.accept(this));
    }
    return body.build();
  }

  @Override
  public CodeBlock visit(CreateTable op) {
    return call("createTable", schema.table(op.table()));
  }

  @Override
  public CodeBlock visit(DropTable op) {
    return call("dropTable", schema.table(op.table()));
  }

  @Override
  public CodeBlock visit(RenameTable op) {
    return call("renameTable", string(op.from()), string(op.to()));
  }

  @Override
  public CodeBlock visit(AddColumn op) {
    return call("addColumn", string(op.table()), schema.column(op.column()));
  }

  @Override
  public CodeBlock visit(DropColumn op) {
    return call("dropColumn", string(op.table()), schema.column(op.column()));
  }

  @Override
  public CodeBlock visit(RenameColumn op) {
    return call("renameColumn", string(op.table()), string(op.from()), string(op.to()));
  }

  @Override
  public CodeBlock visit(AlterColumn op) {
    return call(
        "alterColumn", string(op.table()), schema.column(op.from()), schema.column(op.to()));
  }

  @Override
  public CodeBlock visit(AddPrimaryKey op) {
    return primaryKeyCall("addPrimaryKey", op.table(), op.columns());
  }

  @Override
  public CodeBlock visit(DropPrimaryKey op) {
    return primaryKeyCall("dropPrimaryKey", op.table(), op.columns());
  }

  @Override
  public CodeBlock visit(AddUnique op) {
    return call("addUnique", string(op.table()), schema.unique(op.constraint()));
  }

  @Override
  public CodeBlock visit(DropUnique op) {
    return call("dropUnique", string(op.table()), schema.unique(op.constraint()));
  }

  @Override
  public CodeBlock visit(AddCheck op) {
    return call("addCheck", string(op.table()), schema.check(op.check()));
  }

  @Override
  public CodeBlock visit(DropCheck op) {
    return call("dropCheck", string(op.table()), schema.check(op.check()));
  }

  @Override
  public CodeBlock visit(AddForeignKey op) {
    return call("addForeignKey", string(op.table()), schema.foreignKey(op.foreignKey()));
  }

  @Override
  public CodeBlock visit(DropForeignKey op) {
    return call("dropForeignKey", string(op.table()), schema.foreignKey(op.foreignKey()));
  }

  @Override
  public CodeBlock visit(CreateIndex op) {
    return call("createIndex", schema.index(op.index()));
  }

  @Override
  public CodeBlock visit(DropIndex op) {
    return call("dropIndex", schema.index(op.index()));
  }

  @Override
  public CodeBlock visit(CreateSequence op) {
    return call("createSequence", schema.sequence(op.sequence()));
  }

  @Override
  public CodeBlock visit(DropSequence op) {
    return call("dropSequence", schema.sequence(op.sequence()));
  }

  @Override
  public CodeBlock visit(AlterSequence op) {
    return call("alterSequence", schema.sequence(op.from()), schema.sequence(op.to()));
  }

  @Override
  public CodeBlock visit(ExecuteSql op) {
    return op.downgradeSql() == null
        ? call("sql", string(op.sql()))
        : call("sql", string(op.sql()), string(op.downgradeSql()));
  }

  /** A JDBC callback is code, not a value: there is nothing to print that would rebuild it. */
  @Override
  public CodeBlock visit(RunJdbc op) {
    throw new IllegalArgumentException(
        "Cannot write the JDBC callback '" + op.description() + "' into a generated migration:"
            + " a callback is code, not a value that can be printed. JDBC callbacks belong in"
            + " hand-written migrations (op.jdbc(..)); the code generator only prints schema"
            + " operations and SQL.");
  }

  /** {@code op.method(first, second, ..)}, where the line may wrap after each comma. */
  private static CodeBlock call(String method, CodeBlock... arguments) {
    return CodeBlock.of(
        "$N.$N($L)", PARAMETER, method, CodeBlock.join(List.of(arguments), ",$W"));
  }

  /** The key's columns are varargs after the table: {@code op.addPrimaryKey("t", "a", "b")}. */
  private static CodeBlock primaryKeyCall(String method, String table, List<String> columns) {
    return columns.isEmpty()
        ? call(method, string(table))
        : call(method, string(table), Literals.strings(columns));
  }

  private static CodeBlock string(String value) {
    return Literals.string(value);
  }
}
