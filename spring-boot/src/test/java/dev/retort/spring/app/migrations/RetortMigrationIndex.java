package dev.retort.spring.app.migrations;

import dev.retort.Migration;
import dev.retort.MigrationIndex;
import java.util.List;

/** What the processor generates for these migrations; registered in META-INF/services. */
public final class RetortMigrationIndex implements MigrationIndex {
  @Override
  public List<Migration> migrations() {
    return List.of(new V0001_CreateCustomer(), new V0002_AddCustomerEmailAddress());
  }
}
