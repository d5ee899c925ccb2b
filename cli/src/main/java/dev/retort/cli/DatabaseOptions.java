package dev.retort.cli;

import dev.retort.Migrations;
import dev.retort.Migrator;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.history.VersionTable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that say which database and how: {@code --url}, {@code --user}, {@code
 * --password-env}, {@code --version-table} and {@code --dialect}. A password is read from the
 * environment variable {@code --password-env} names, never from the command line (where other
 * users of the machine and the shell's history would see it), and is never printed.
 */
final class DatabaseOptions {
  /** {@code user:SECRET@} after {@code //}: the user info, up to the last {@code @} before the path. */
  private static final Pattern USER_INFO = Pattern.compile("//([^/?#;:@\\s]+):([^/?#;\\s]*)@");

  /**
   * A property whose name has {@code password} in it ({@code password}, {@code sslpassword},
   * {@code trustStorePassword}, {@code --password}) or is {@code pwd}, in a query ({@code ?&}) or
   * a property list ({@code ;}), with SQL Server's braced values ({@code password={a;b}}); not
   * {@code --password-env=VAR}, whose value is a variable's name.
   */
  private static final Pattern SECRET_PROPERTY = Pattern.compile(
      "(?i)(?<![\\w.\\-])(?!--password-env=)([\\w.\\-]*password[\\w.\\-]*|pwd)=(\\{[^}]*}|[^&;]*)");

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--url", paramLabel = "JDBC-URL",
      description = "The database, as a JDBC URL; its driver must be on the class path.")
  String url;

  @Option(names = "--user", paramLabel = "USER", description = "The database user.")
  String user;

  @Option(names = "--password-env", paramLabel = "VAR",
      description = "The environment variable that holds the password (never the password itself).")
  String passwordEnv;

  @Option(names = "--version-table", paramLabel = "NAME", defaultValue = VersionTable.DEFAULT_NAME,
      description = "The version table (default: ${DEFAULT-VALUE}); may be qualified, schema.name.")
  String versionTable;

  @Option(names = "--dialect", paramLabel = "NAME",
      description = "The dialect: " + Dialects.NAMES + ". Online it overrides detection; offline (--sql) it is "
          + "taken from --url when not given.")
  String dialect;

  /** The migrator for the database, for commands that need one. */
  Migrator online(Map<String, String> env) {
    if (url == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--url=JDBC-URL'");
    }
    Migrator migrator = Migrations.using(new UrlDataSource(url, user, password(env))).withVersionTable(versionTable);
    return dialect == null ? migrator : migrator.withDialect(named(dialect));
  }

  /** A migrator without a database, for scripts: the dialect is --dialect, or the one --url names. */
  Migrator offline() {
    String name = dialect != null ? dialect : url != null ? fromUrl(url) : null;
    if (name == null) {
      throw new ParameterException(spec.commandLine(),
          "An offline script needs a dialect: give --dialect (" + Dialects.NAMES + ") or a --url to take it from.");
    }
    return Migrations.offline(named(name)).withVersionTable(versionTable);
  }

  private Dialect named(String name) {
    try {
      return Dialects.named(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The dialect name in a JDBC URL ({@code jdbc:postgresql://...} is postgresql), without connecting. */
  private String fromUrl(String jdbcUrl) {
    String[] parts = jdbcUrl.split(":", 3);
    if (parts.length < 3 || !parts[0].equalsIgnoreCase("jdbc")) {
      throw new ParameterException(spec.commandLine(), "--url is not a JDBC URL (jdbc:<database>:...); give --dialect.");
    }
    return parts[1].toLowerCase(Locale.ROOT);
  }

  private String password(Map<String, String> env) {
    if (passwordEnv == null) {
      return null;
    }
    String password = env.get(passwordEnv);
    if (password == null) {
      throw new ParameterException(spec.commandLine(),
          "--password-env names the environment variable " + passwordEnv + ", which is not set.");
    }
    return password;
  }

  /**
   * The text with the password and the URL's credentials masked: drivers put the URL in their
   * messages ("No suitable driver found for jdbc:..."), or a part of it ("Incorrect port value :
   * secret@host"), so besides the whole URL each secret in it is masked wherever it appears, as
   * the {@code --password-env} value is.
   */
  String redact(String text, Map<String, String> env) {
    if (text == null) {
      return null;
    }
    String out = text;
    Set<String> secrets = new HashSet<>();
    if (url != null) {
      out = out.replace(url, redactUrl(url));
      secrets.addAll(secrets(url));
    }
    String password = passwordEnv == null ? null : env.get(passwordEnv);
    if (password != null) {
      secrets.add(password);
    }
    return mask(out, secrets);
  }

  /**
   * The text with the credentials of every JDBC URL among the command line's arguments masked, for
   * usage errors, which quote the arguments as given ({@code Unknown option: '--urll=jdbc:...'})
   * before any option has a value.
   */
  static String redactArguments(String text, String[] args) {
    if (text == null) {
      return null;
    }
    String out = text;
    Set<String> secrets = new HashSet<>();
    for (String arg : args) {
      if (arg.isEmpty()) {
        continue;
      }
      out = out.replace(arg, redactUrl(arg));
      secrets.addAll(secrets(arg));
    }
    return mask(out, secrets);
  }

  /** The secrets in a JDBC URL (or a command line argument holding one), as given and URL-decoded. */
  static Set<String> secrets(String url) {
    Set<String> secrets = new HashSet<>();
    Matcher userInfo = USER_INFO.matcher(url);
    while (userInfo.find()) {
      addSecret(secrets, userInfo.group(2));
    }
    Matcher property = SECRET_PROPERTY.matcher(url);
    while (property.find()) {
      String value = property.group(2);
      addSecret(secrets, value);
      if (value.startsWith("{") && value.endsWith("}")) {
        addSecret(secrets, value.substring(1, value.length() - 1));
      }
    }
    return secrets;
  }

  private static void addSecret(Set<String> secrets, String secret) {
    if (secret.isEmpty()) {
      return;
    }
    secrets.add(secret);
    try {
      secrets.add(URLDecoder.decode(secret, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException notEncoded) {
      // a % that starts no escape: the secret as given is all there is
    }
  }

  /** Each secret replaced by {@code ****} wherever it appears, the longest first. */
  private static String mask(String text, Set<String> secrets) {
    List<String> longestFirst = new ArrayList<>(secrets);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    String out = text;
    for (String secret : longestFirst) {
      if (!secret.isEmpty()) {
        out = out.replace(secret, "****");
      }
    }
    return out;
  }

  /** A URL without its credentials: {@code user:secret@} and {@code password=secret} masked. */
  static String redactUrl(String url) {
    return USER_INFO.matcher(SECRET_PROPERTY.matcher(url).replaceAll("$1=****")).replaceAll("//$1:****@");
  }
}
