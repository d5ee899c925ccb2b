package dev.retort.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The static members one generated file uses, so that it imports exactly those.
 *
 * <p>JavaPoet prints {@code $T.member} as plain {@code member} when the file statically imports
 * it; it only recognises the member when its name follows {@code $T.} literally in the format
 * string, which is why {@link #member} builds the format from the name.
 */
final class StaticImports {
  private final Map<String, Imported> byOwner = new TreeMap<>();

  private record Imported(ClassName owner, SortedSet<String> members) {}

  /** {@code owner.member}, printed as {@code member} and imported. */
  CodeBlock member(ClassName owner, String member) {
    byOwner
        .computeIfAbsent(owner.canonicalName(), name -> new Imported(owner, new TreeSet<>()))
        .members()
        .add(member);
    return CodeBlock.of("$T." + member, owner);
  }

  /** Adds the imports of every member used so far. */
  JavaFile.Builder addTo(JavaFile.Builder file) {
    for (Imported imported : byOwner.values()) {
      file.addStaticImport(imported.owner(), imported.members().toArray(String[]::new));
    }
    return file;
  }
}
