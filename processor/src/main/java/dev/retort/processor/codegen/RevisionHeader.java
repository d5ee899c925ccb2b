package dev.retort.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.retort.Revision;
import java.util.List;

/**
 * The part of a migration class above {@code public final class}: the Javadoc (the message as a
 * sentence, an Alembic-style revision block, where the class comes from) and {@link Revision}.
 */
final class RevisionHeader {
  private static final ClassName REVISION = ClassName.get(Revision.class);

  private RevisionHeader() {}

  /**
   * The class comment. {@code provenance} is a plain-text paragraph saying who wrote the class
   * and how to treat it.
   */
  static CodeBlock javadoc(MigrationSpec spec, String provenance) {
    String sentence = JavadocText.sentence(spec.message());
    if (sentence.isEmpty()) {
      sentence = "Revision " + spec.revisionId() + ".";
    }
    String revises = spec.parents().isEmpty() ? "<base>" : String.join(", ", spec.parents());
    String text =
        JavadocText.wrap(JavadocText.escape(sentence))
            + "\n\n<pre>\n"
            + JavadocText.escape("Revision ID: " + spec.revisionId()) + "\n"
            + JavadocText.escape("Revises: " + revises) + "\n"
            + JavadocText.escape("Create Date: " + spec.created()) + "\n"
            + "</pre>\n\n"
            + JavadocText.wrap("<p>" + provenance) + "\n"
            + sql(spec.sql());
    return CodeBlock.of("$L", text);
  }

  /**
   * For each database, a paragraph and a {@code <pre>} block with the statements of the upgrade,
   * each ending with a semicolon, a {@code CREATE TABLE} one element per line; or, when the
   * database cannot run the migration, why.
   */
  private static String sql(java.util.List<SqlPreview> previews) {
    StringBuilder text = new StringBuilder();
    for (SqlPreview preview : previews) {
      String database = JavadocText.escape(preview.database());
      text.append('\n');
      if (preview.problem() != null) {
        text.append(JavadocText.wrap("<p>On " + database + " this migration cannot run as it is: "
            + JavadocText.escape(preview.problem()))).append('\n');
        continue;
      }
      text.append(JavadocText.wrap("<p>What {@code upgrade} runs on " + database
          + ", as Retort rendered it when it wrote this class:")).append("\n\n<pre>\n");
      if (preview.statements().isEmpty()) {
        text.append(JavadocText.escape("-- no statements")).append('\n');
      }
      for (String statement : preview.statements()) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String line : statement.split("\n")) {
          lines.addAll(line.startsWith("--") ? java.util.List.of(line) : SqlLayout.lines(line));
        }
        for (int i = 0; i < lines.size(); i++) {
          boolean last = i == lines.size() - 1 && !lines.get(i).startsWith("--");
          text.append(JavadocText.escape(lines.get(i) + (last ? ";" : ""))).append('\n');
        }
      }
      text.append("</pre>\n");
    }
    return text.toString();
  }

  /**
   * {@code @Revision(id = .., parents = .., message = .., created = ..)}, one member per line
   * and the parenthesis closed on the last one. Default values (no parents, no message) are left
   * out; one parent is written without braces, several inline in them.
   *
   * <p>JavaPoet would print several members with the closing parenthesis on a line of its own;
   * the members are therefore given as one block, under {@code value} (which JavaPoet prints
   * without its name) and each on a new line.
   */
  static AnnotationSpec annotation(MigrationSpec spec) {
    CodeBlock.Builder members =
        CodeBlock.builder().add("\nid = $L", Literals.string(spec.revisionId()));
    List<String> parents = spec.parents();
    if (parents.size() == 1) {
      members.add(",\nparents = $L", Literals.string(parents.get(0)));
    } else if (parents.size() > 1) {
      members.add(",\nparents = {$L}", Literals.strings(parents));
    }
    if (!spec.message().isEmpty()) {
      members.add(",\nmessage = $L", Literals.string(spec.message()));
    }
    members.add(",\ncreated = $L", Literals.string(spec.created()));
    return AnnotationSpec.builder(REVISION).addMember("value", members.build()).build();
  }
}
