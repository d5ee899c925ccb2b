package dev.retort.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A target as {@code upgrade} and {@code downgrade} take it: {@code TARGET}, or with {@code --sql}
 * also Alembic's range {@code FROM:TARGET}.
 */
record Target(String from, String to) {
  static Target parse(CommandSpec spec, String text, boolean sql, String defaultFrom) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return new Target(defaultFrom, text);
    }
    if (!sql) {
      throw new ParameterException(spec.commandLine(),
          "A range FROM:TARGET is for offline scripts only (--sql); online, the database says where it is.");
    }
    return new Target(text.substring(0, colon), text.substring(colon + 1));
  }
}
