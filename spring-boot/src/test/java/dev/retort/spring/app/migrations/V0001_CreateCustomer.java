package dev.retort.spring.app.migrations;

import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.varchar;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.op.Operations;
import dev.retort.schema.Table;

/** As the processor writes it for {@code Customer} without its email (Spring Boot's snake_case names). */
@Revision(id = "a1b2c3d4e5f6", message = "create_customer", created = "2026-01-10T09:00:00Z")
public final class V0001_CreateCustomer extends Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable(Table.table("customer")
        .column(col("id", BIGINT).asIdentity())
        .column(col("name", varchar(100)).notNull())
        .primaryKey("id"));
  }
}
