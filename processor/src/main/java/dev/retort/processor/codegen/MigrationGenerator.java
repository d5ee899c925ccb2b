package dev.retort.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.retort.Migration;
import dev.retort.op.Operation;
import dev.retort.op.Operations;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes migration classes: a final subclass of {@link Migration} annotated with
 * {@link dev.retort.Revision}, whose {@code upgrade} and {@code downgrade} record operations on
 * {@link Operations}. The same spec always gives the same source ({@code toString()} of the
 * returned file), byte for byte, so a caller can leave an unchanged file alone.
 */
public final class MigrationGenerator {
  private static final String GENERATED =
      "Written by Retort from the entities. Review it like any other change; once applied to a"
          + " database, never edit it: write a new migration instead.";
  private static final String HAND_WRITTEN =
      "Started by Retort for a change written by hand, such as a data migration. Once applied to"
          + " a database, never edit it: write a new migration instead.";
  private static final String UPGRADE_HINT =
      "Write the data change here, for example: op.sql(\"UPDATE ...\");";
  private static final String DOWNGRADE_HINT =
      "Write what undoes it here, for example: op.sql(\"UPDATE ...\");";

  /**
   * Operations per method: a JVM method holds at most 64 KB of bytecode, which the initial
   * migration of a model with a few hundred entities would exceed in one method.
   */
  static final int OPERATIONS_PER_METHOD = 40;

  private MigrationGenerator() {}

  /**
   * The migration class for the spec's operations.
   *
   * @throws IllegalArgumentException when an operation cannot be printed as a value (a JDBC
   *     callback) or holds a value the {@code dev.retort.schema} factories do not build
   */
  public static JavaFile migration(MigrationSpec spec) {
    StaticImports imports = new StaticImports();
    OperationRenderer renderer = new OperationRenderer(new SchemaExpressions(imports));
    List<CodeBlock> upgrade = parts(renderer, spec.upgrade());
    List<CodeBlock> downgrade = parts(renderer, spec.downgrade());
    return file(spec, GENERATED, upgrade, downgrade, imports);
  }

  private static List<CodeBlock> parts(OperationRenderer renderer, List<Operation> operations) {
    List<CodeBlock> parts = new ArrayList<>();
    for (int from = 0; from < operations.size() || from == 0; from += OPERATIONS_PER_METHOD) {
      parts.add(renderer.statements(operations.subList(from, Math.min(operations.size(), from + OPERATIONS_PER_METHOD))));
    }
    return parts;
  }

  /**
   * A migration with the spec's header and empty {@code upgrade} and {@code downgrade} methods
   * holding a hint comment, for a developer to fill in (see {@link MigrationSpec#empty}).
   *
   * @throws IllegalArgumentException when the spec has operations
   */
  public static JavaFile emptyMigration(MigrationSpec spec) {
    if (!spec.upgrade().isEmpty() || !spec.downgrade().isEmpty()) {
      throw new IllegalArgumentException(
          "An empty migration is written from a spec without operations; "
              + spec.className() + " has some. Use migration(spec) to print them.");
    }
    CodeBlock upgrade = CodeBlock.builder().add("// $L\n", UPGRADE_HINT).build();
    CodeBlock downgrade = CodeBlock.builder().add("// $L\n", DOWNGRADE_HINT).build();
    return file(spec, HAND_WRITTEN, List.of(upgrade), List.of(downgrade), new StaticImports());
  }

  private static JavaFile file(
      MigrationSpec spec,
      String provenance,
      List<CodeBlock> upgrade,
      List<CodeBlock> downgrade,
      StaticImports imports) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(spec.className())
            .addJavadoc(RevisionHeader.javadoc(spec, provenance))
            .addAnnotation(RevisionHeader.annotation(spec))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(Migration.class);
    addMethods(type, "upgrade", upgrade);
    addMethods(type, "downgrade", downgrade);
    JavaFile.Builder file =
        JavaFile.builder(spec.packageName(), type.build()).skipJavaLangImports(true).indent("  ");
    return imports.addTo(file).build();
  }

  /**
   * One overriding method; with more parts than one, it calls private {@code upgradePart1},
   * {@code upgradePart2}, ... in order, each holding {@link #OPERATIONS_PER_METHOD} operations.
   */
  private static void addMethods(TypeSpec.Builder type, String name, List<CodeBlock> parts) {
    MethodSpec.Builder main = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(ClassName.get(Operations.class), OperationRenderer.PARAMETER);
    if (parts.size() == 1) {
      type.addMethod(main.addCode(parts.get(0)).build());
      return;
    }
    List<MethodSpec> helpers = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String part = name + "Part" + (i + 1);
      main.addStatement("$N($N)", part, OperationRenderer.PARAMETER);
      helpers.add(MethodSpec.methodBuilder(part)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(ClassName.get(Operations.class), OperationRenderer.PARAMETER)
          .addCode(parts.get(i))
          .build());
    }
    type.addMethod(main.build());
    helpers.forEach(type::addMethod);
  }
}
