package dev.retort;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * A data source that records the SQL of every statement executed on its connections, in order (a
 * batch as one entry, {@code batch: } and its statements joined by {@code " ; "}), and how many
 * connections were opened; {@link #events()} also has the metadata's table lookups, in their place.
 */
public final class SpyDataSource {
  private final DataSource target;
  private final List<String> executed = Collections.synchronizedList(new ArrayList<>());
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());
  private int connections;

  public SpyDataSource(DataSource target) {
    this.target = target;
  }

  private java.sql.SQLException afterEachBatch;

  /** Makes every batch throw this once it has run, as a driver that fails after the batch's work would. */
  public SpyDataSource failingAfterEachBatch(java.sql.SQLException failure) {
    this.afterEachBatch = failure;
    return this;
  }

  public List<String> executed() {
    return List.copyOf(executed);
  }

  /** The statements as {@link #executed()} gives them and, between them, {@code metadata: getTables <table>}. */
  public List<String> events() {
    return List.copyOf(events);
  }

  private void ran(String sql) {
    executed.add(sql);
    events.add(sql);
  }

  public int connections() {
    return connections;
  }

  public void reset() {
    executed.clear();
    events.clear();
    connections = 0;
  }

  public DataSource dataSource() {
    return proxy(DataSource.class, target, (ds, method, args) -> {
      Object result = invoke(method, ds, args);
      if (method.getName().equals("getConnection")) {
        connections++;
        return proxy(Connection.class, result, this::connection);
      }
      return result;
    });
  }

  private Object connection(Object connection, Method method, Object[] args) throws Throwable {
    Object result = invoke(method, connection, args);
    String name = method.getName();
    if (name.equals("prepareStatement") || name.equals("prepareCall")) {
      String sql = (String) args[0];
      Class<?> type = name.equals("prepareCall") ? CallableStatement.class : PreparedStatement.class;
      return proxy(type, result, (st, m, a) -> {
        if (m.getName().startsWith("execute") && (a == null || a.length == 0)) {
          ran(sql);
        }
        return invoke(m, st, a);
      });
    }
    if (name.equals("getMetaData")) {
      return proxy(DatabaseMetaData.class, result, (meta, m, a) -> {
        if (m.getName().equals("getTables")) {
          events.add("metadata: getTables " + a[2]);
        }
        return invoke(m, meta, a);
      });
    }
    if (name.equals("createStatement")) {
      List<String> batch = new ArrayList<>();
      return proxy(Statement.class, result, (st, m, a) -> {
        if (m.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql) {
          ran(sql);
        } else if (m.getName().equals("addBatch")) {
          batch.add((String) a[0]);
        } else if (m.getName().equals("executeBatch")) {
          // a batch is one entry: what the driver sends at once
          ran("batch: " + String.join(" ; ", batch));
          batch.clear();
          if (afterEachBatch != null) {
            invoke(m, st, a);
            throw afterEachBatch;
          }
        }
        return invoke(m, st, a);
      });
    }
    return result;
  }

  private interface Handler {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, Object target, Handler handler) {
    InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
    return type.cast(Proxy.newProxyInstance(SpyDataSource.class.getClassLoader(), new Class<?>[] {type}, h));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
