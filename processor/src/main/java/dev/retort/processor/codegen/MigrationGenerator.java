package dev.retort.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.retort.Migration;
import dev.retort.op.Operations;
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
    CodeBlock upgrade = renderer.statements(spec.upgrade());
    CodeBlock downgrade = renderer.statements(spec.downgrade());
    return file(spec, GENERATED, upgrade, downgrade, imports);
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
    return file(spec, HAND_WRITTEN, upgrade, downgrade, new StaticImports());
  }

  private static JavaFile file(
      MigrationSpec spec,
      String provenance,
      CodeBlock upgrade,
      CodeBlock downgrade,
      StaticImports imports) {
    TypeSpec type =
        TypeSpec.classBuilder(spec.className())
            .addJavadoc(RevisionHeader.javadoc(spec, provenance))
            .addAnnotation(RevisionHeader.annotation(spec))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(Migration.class)
            .addMethod(method("upgrade", upgrade))
            .addMethod(method("downgrade", downgrade))
            .build();
    JavaFile.Builder file =
        JavaFile.builder(spec.packageName(), type).skipJavaLangImports(true).indent("  ");
    return imports.addTo(file).build();
  }

  private static MethodSpec method(String name, CodeBlock body) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(ClassName.get(Operations.class), OperationRenderer.PARAMETER)
        .addCode(body)
        .build();
  }
}
