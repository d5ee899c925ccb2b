package dev.retort.dialect;

import dev.retort.RetortException;

/** The connection leads to a database Retort has no dialect for (yet). */
public class UnsupportedDatabaseException extends RetortException {
  private final String product;

  public UnsupportedDatabaseException(String product, String version, String detail) {
    super("Retort cannot migrate " + product + " " + version + ": " + detail + " Nothing was changed.");
    this.product = product;
  }

  /** The product name the JDBC driver reported. */
  public String product() {
    return product;
  }
}
