package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Migrations;
import dev.retort.UpgradeResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.TreeSet;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * What a user's own test does: migrate an empty database with the migrations of this build, then
 * check the columns the entities need. -Dexpect.columns=TABLE.COLUMN,... names the ones to check.
 */
class SchemaTest {
  @Test
  void migrationsOfThisBuildCreateTheEntitiesColumns() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1");
    UpgradeResult result = Migrations.upgradeToHead(dataSource);
    System.out.println("applied: " + result);
    TreeSet<String> columns = new TreeSet<>();
    try (Connection c = dataSource.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, "PUBLIC", null, null)) {
      while (rs.next()) {
        columns.add(rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"));
      }
    }
    System.out.println("columns: " + columns);
    for (String expected : System.getProperty("expect.columns", "CUSTOMER.NAME").split(",")) {
      assertTrue(columns.contains(expected), expected + " missing from " + columns);
    }
    assertEquals(0, Migrations.upgradeToHead(dataSource).applied().size(), "a second call applies nothing");
  }
}
