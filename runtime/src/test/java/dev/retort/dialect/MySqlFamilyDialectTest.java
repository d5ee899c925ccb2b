package dev.retort.dialect;

import java.util.List;

/**
 * What MySQL and MariaDB get alike: every scenario but sequences, UUIDs and names, which
 * {@link MySqlDialectTest} and {@link MariaDbDialectTest} give each their own.
 */
abstract class MySqlFamilyDialectTest extends DialectContractTest {
  @Override
  protected List<String> createTable() {
    return lines("CREATE TABLE `team` (`id` BIGINT NOT NULL AUTO_INCREMENT, `name` VARCHAR(100) NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `uk_team_name` UNIQUE (`name`), CONSTRAINT `ck_team_name` CHECK (name <> '')) ENGINE=InnoDB");
  }

  @Override
  protected List<String> createTableWithForeignKeyAndIndex() {
    return lines("CREATE TABLE `member` (`id` BIGINT NOT NULL, `team_id` BIGINT, `email` VARCHAR(255), `joined` DATETIME(6), `status` ENUM('ACTIVE','BLOCKED') DEFAULT 'ACTIVE' NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `fk_member_team` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`) ON DELETE SET NULL) ENGINE=InnoDB",
        "CREATE INDEX `ix_member_email` ON `member` (`email`)");
  }

  @Override
  protected List<String> addColumn() {
    return lines("ALTER TABLE `member` ADD COLUMN `nickname` VARCHAR(40) DEFAULT 'none' NOT NULL");
  }

  @Override
  protected List<String> renameColumn() {
    return lines("ALTER TABLE `member` RENAME COLUMN `nickname` TO `alias`");
  }

  @Override
  protected List<String> alterColumnType() {
    return lines("ALTER TABLE `member` MODIFY COLUMN `alias` VARCHAR(80) DEFAULT 'none' NOT NULL");
  }

  @Override
  protected List<String> alterColumnNullabilityAndDefault() {
    return lines("ALTER TABLE `member` MODIFY COLUMN `alias` VARCHAR(80)");
  }

  @Override
  protected List<String> alterColumnToIdentity() {
    return lines("ALTER TABLE `member` MODIFY COLUMN `id` BIGINT NOT NULL AUTO_INCREMENT");
  }

  @Override
  protected List<String> alterColumnFromIdentity() {
    return lines("ALTER TABLE `member` MODIFY COLUMN `id` BIGINT NOT NULL");
  }

  @Override
  protected List<String> addUnique() {
    return lines("ALTER TABLE `member` ADD CONSTRAINT `uk_member_email` UNIQUE (`email`)");
  }

  @Override
  protected List<String> dropUnique() {
    return lines("ALTER TABLE `member` DROP INDEX `uk_member_email`");
  }

  @Override
  protected List<String> addCheck() {
    return lines("ALTER TABLE `member` ADD CONSTRAINT `ck_member_email` CHECK (email LIKE '%@%')");
  }

  @Override
  protected List<String> dropCheck() {
    return lines("ALTER TABLE `member` DROP CONSTRAINT `ck_member_email`");
  }

  @Override
  protected List<String> dropForeignKey() {
    return lines("ALTER TABLE `member` DROP FOREIGN KEY `fk_member_team`");
  }

  @Override
  protected List<String> addForeignKey() {
    return lines("ALTER TABLE `member` ADD CONSTRAINT `fk_member_team` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`) ON DELETE CASCADE");
  }

  @Override
  protected List<String> createIndex() {
    return lines("CREATE UNIQUE INDEX `ix_member_alias` ON `member` (`alias`, `team_id`)");
  }

  @Override
  protected List<String> dropIndex() {
    return lines("DROP INDEX `ix_member_alias` ON `member`");
  }

  @Override
  protected List<String> dropPrimaryKey() {
    return lines("ALTER TABLE `member` DROP PRIMARY KEY");
  }

  @Override
  protected List<String> addPrimaryKey() {
    return lines("ALTER TABLE `member` ADD PRIMARY KEY (`id`)");
  }

  @Override
  protected List<String> executeSql() {
    return lines("UPDATE member SET alias = 'x'");
  }

  @Override
  protected List<String> runJdbc() {
    return lines("-- JDBC callback: fill aliases");
  }

  @Override
  protected List<String> dropColumn() {
    return lines("ALTER TABLE `member` DROP COLUMN `alias`");
  }

  @Override
  protected List<String> renameTable() {
    return lines("ALTER TABLE `member` RENAME TO `person`");
  }

  @Override
  protected List<String> dropTable() {
    return lines("DROP TABLE `person`");
  }
}
