package dev.retort.processor;

import dev.retort.processor.diff.Diff;
import dev.retort.processor.diff.MigrationMessages;
import java.util.Locale;

/** Migration messages and the class names made from them. */
final class Messages {
  private Messages() {}

  /** A derived message in the style of Django's automatic names: {@code add_member_phone}. */
  static String derive(Diff diff) {
    return MigrationMessages.derive(diff);
  }

  /** A message given by the developer, as snake_case ASCII: "Add phone!" becomes {@code add_phone}. */
  static String normalize(String message) {
    return MigrationMessages.fromDeveloper(message);
  }

  /**
   * {@code V0003_AddMemberPhone}: the zero-padded sequence makes a directory listing sort in
   * revision order; the rest is the message in CamelCase.
   */
  static String className(int sequence, String message) {
    StringBuilder name = new StringBuilder(String.format(Locale.ROOT, "V%04d_", sequence));
    for (String word : message.split("_")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }
}
