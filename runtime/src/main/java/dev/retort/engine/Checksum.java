package dev.retort.engine;

import dev.retort.op.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The checksum of a migration: SHA-256 over a canonical text form of its upgrade operations (not
 * over the bytes of its source or class file, so reformatting the code, comments and line endings
 * change nothing), written as a format version, a colon and 64 hex digits: {@code v1:3fa0...}.
 *
 * <p>The version names the canonical form. A database row keeps the version it was written
 * with, and is checked by recomputing the checksum <em>in that version</em>: when a later Retort
 * needs another form (because an operation gained a field), it adds a version and keeps every
 * older one, so upgrading Retort never makes an applied migration look modified. New rows are
 * written in {@link #VERSION}.
 */
public final class Checksum {
  /** The version new checksums are written in. */
  public static final String VERSION = "v1";

  /** Every canonical form this Retort can compute, by version, oldest first. Never remove one. */
  private static final Map<String, Function<List<Operation>, String>> FORMS = forms();

  private Checksum() {}

  private static Map<String, Function<List<Operation>, String>> forms() {
    Map<String, Function<List<Operation>, String>> forms = new LinkedHashMap<>();
    forms.put("v1", CanonicalForm::of);
    return Collections.unmodifiableMap(forms);
  }

  /** The checksum of these upgrade operations, in the current version. */
  public static String of(List<Operation> upgradeOperations) {
    return of(VERSION, upgradeOperations);
  }

  /**
   * The checksum of these upgrade operations in the given version.
   *
   * @throws IllegalArgumentException for a version this Retort does not know
   */
  static String of(String version, List<Operation> upgradeOperations) {
    Function<List<Operation>, String> form = FORMS.get(version);
    if (form == null) {
      throw new IllegalArgumentException("unknown checksum version " + version);
    }
    byte[] digest = sha256().digest(form.apply(upgradeOperations).getBytes(StandardCharsets.UTF_8));
    return version + ":" + HexFormat.of().formatHex(digest);
  }

  /** A fresh SHA-256 digest: a clone of one looked up once, cheaper than a provider lookup per migration. */
  private static MessageDigest sha256() {
    try {
      return (MessageDigest) Sha256.PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException missing) {
        throw new IllegalStateException("every Java runtime has SHA-256", missing);
      }
    }
  }

  /** Holds the looked-up digest; initialised on the first checksum, not when the class loads. */
  private static final class Sha256 {
    static final MessageDigest PROTOTYPE;

    static {
      try {
        PROTOTYPE = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }
  }

  /** The version a stored checksum was written in: the text before its colon, "" without one. */
  static String versionOf(String checksum) {
    int colon = checksum.indexOf(':');
    return colon < 0 ? "" : checksum.substring(0, colon);
  }

  /** Whether this Retort can compute checksums in that version. */
  static boolean knows(String version) {
    return FORMS.containsKey(version);
  }

  /** The versions this Retort can compute, oldest first. */
  static Set<String> versions() {
    return FORMS.keySet();
  }
}
