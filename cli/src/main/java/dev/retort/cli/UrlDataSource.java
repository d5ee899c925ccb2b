package dev.retort.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections from a JDBC URL through {@link DriverManager}, which finds the driver on the class
 * path; failing that, through a driver the thread's context class loader offers. That loader is
 * how an embedding tool (the Maven plugin) gives the project's class path, whose drivers {@link
 * DriverManager} does not hand to code from another class loader.
 */
final class UrlDataSource implements DataSource {
  private final String url;
  private final Properties credentials = new Properties();

  UrlDataSource(String url, String user, String password) {
    this.url = url;
    if (user != null) {
      credentials.setProperty("user", user);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Driver driver = contextDriver();
    return driver != null ? driver.connect(url, credentials) : DriverManager.getConnection(url, credentials);
  }

  /** A driver for the URL that the context class loader has and DriverManager would not give us, or null. */
  private Driver contextDriver() throws SQLException {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context == null || context == UrlDataSource.class.getClassLoader()) {
      return null;
    }
    try {
      DriverManager.getDriver(url);
      return null;
    } catch (SQLException notVisible) {
      for (Driver driver : ServiceLoader.load(Driver.class, context)) {
        if (driver.acceptsURL(url)) {
          return driver;
        }
      }
      return null;
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("give the user with --user");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }

  @Override
  public String toString() {
    return "database";
  }
}
