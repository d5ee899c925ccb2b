package dev.retort.schema;

/** Checks on the names that go into the schema model. */
final class Names {
  private Names() {}

  /**
   * Rejects names no database accepts as an identifier. Odd characters (quotes, semicolons) are
   * allowed here because dialects always quote or escape them; a control character or an empty
   * name is a mistake wherever it comes from.
   */
  static String require(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        throw new IllegalArgumentException(what + " contains a control character: " + name);
      }
    }
    return name;
  }
}
