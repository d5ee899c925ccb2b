package dev.retort.spring.app.migrations;

import static dev.retort.schema.Column.col;
import static dev.retort.schema.ColumnType.varchar;

import dev.retort.Migration;
import dev.retort.Revision;
import dev.retort.op.Operations;

@Revision(id = "b2c3d4e5f6a7", parents = "a1b2c3d4e5f6", message = "add_customer_email_address",
    created = "2026-01-11T09:00:00Z")
public final class V0002_AddCustomerEmailAddress extends Migration {
  @Override
  public void upgrade(Operations op) {
    op.addColumn("customer", col("email_address", varchar(200)));
  }
}
