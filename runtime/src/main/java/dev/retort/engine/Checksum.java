package dev.retort.engine;

import dev.retort.op.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of a migration: SHA-256 over the {@link CanonicalForm} of its upgrade operations
 * (not over the bytes of its source or class file, so reformatting the code changes nothing),
 * written {@code v1:} followed by 64 hex digits. The prefix names the format, so a later format
 * can be told apart from this one and old rows can still be checked.
 */
public final class Checksum {
  /** The prefix of checksums in the current format. */
  public static final String VERSION = "v1";

  private Checksum() {}

  public static String of(List<Operation> upgradeOperations) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(CanonicalForm.of(upgradeOperations).getBytes(StandardCharsets.UTF_8));
      return VERSION + ":" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
