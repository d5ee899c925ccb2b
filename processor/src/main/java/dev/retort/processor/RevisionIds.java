package dev.retort.processor;

import dev.retort.processor.diff.Diff;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Revision ids: twelve hex digits, like Alembic's, but derived from the revision's content
 * (parents, message, operations) rather than random, so the same entities and snapshot always
 * give the same migration, byte for byte.
 */
final class RevisionIds {
  private RevisionIds() {}

  static String next(List<String> parents, String message, Diff diff) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(String.join(",", parents).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(message.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(diff.upgrade().toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
