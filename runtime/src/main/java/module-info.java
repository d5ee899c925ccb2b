/**
 * Retort's runtime: applies migrations over JDBC. On the module path an application declares
 * {@code requires dev.retort;} and {@code exports <its migrations package> to dev.retort;} (the
 * runtime creates the migration classes its migration list names).
 */
module dev.retort {
  requires transitive java.sql;
  requires org.slf4j;

  exports dev.retort;
  exports dev.retort.dialect;
  exports dev.retort.drift;
  exports dev.retort.engine;
  exports dev.retort.graph;
  exports dev.retort.history;
  exports dev.retort.lock;
  exports dev.retort.op;
  exports dev.retort.schema;

  uses dev.retort.MigrationIndex;
}
