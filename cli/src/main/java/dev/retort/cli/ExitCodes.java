package dev.retort.cli;

/** What the command line's exit status means, for scripts; {@link Main}'s help lists them too. */
final class ExitCodes {
  /** The command did what was asked. */
  static final int OK = 0;
  /** {@code check} found pending migrations or drift. */
  static final int FOUND = 1;
  /** The command line was wrong: an unknown verb or option, a missing value. */
  static final int USAGE = 2;
  /** Retort refused or failed (its message is printed on standard error); nothing unsafe happened. */
  static final int REFUSED = 3;
  /** An unexpected error, with its stack trace: a bug to report. */
  static final int INTERNAL = 4;

  private ExitCodes() {}
}
