package dev.retort.processor.snapshot;

/** The check that a finished JSON object has a key it needs. */
final class Required {
  private Required() {}

  /** Fails at the object's opening brace when a required key is missing. */
  static void present(Position object, String what, String key, Object value) {
    if (value == null) {
      throw object.error(what + " has no \"" + key + "\"");
    }
  }
}
