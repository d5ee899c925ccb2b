package dev.retort.processor.codegen;

import javax.lang.model.SourceVersion;

/** Checks on the Java names the generators are given, so a bad one fails here, not in javac. */
final class JavaNames {
  private JavaNames() {}

  /** A package name, or {@code ""} for the unnamed package. */
  static String requirePackage(String name) {
    if (name == null || !(name.isEmpty() || SourceVersion.isName(name, SourceVersion.RELEASE_17))) {
      throw new IllegalArgumentException("not a Java package name: '" + name + "'");
    }
    return name;
  }

  /** A simple class name: an identifier, not a keyword. */
  static String requireSimpleName(String name, String what) {
    if (name == null
        || name.contains(".")
        || !SourceVersion.isName(name, SourceVersion.RELEASE_17)) {
      throw new IllegalArgumentException(what + " is not a simple Java class name: '" + name + "'");
    }
    return name;
  }
}
