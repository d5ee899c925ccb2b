package dev.retort.processor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Database;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Access, converters and Bean Validation: property access (the @Id on a getter), @Access(FIELD) on
 * a class with one attribute @Access(PROPERTY); @Convert with converters of a value type, of a
 * Boolean (through a generic superclass) and of an enum; an @Converter(autoApply = true) in another
 * package than the entities, on attributes and on a collection's elements; @NotNull, @NotBlank,
 * @NotEmpty and @Size(max) on fields and getters. Model: {@code src/test/resources/mapping/access}.
 */
class AccessModelTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.retort.processor.mapping.OracleAssertions#databases")
  void hibernateValidatesTheMigratedSchemaAndCreatesTheSame(Database database) {
    List<DeliberateDifferences.Expected> expected = new ArrayList<>(List.of(
        DeliberateDifferences.keyOrder("SENSOR_READINGS", "SENSOR_ID, READINGS_ORDER", "READINGS_ORDER, SENSOR_ID"),
        DeliberateDifferences.ownerIndex("SENSOR_READINGS", "SENSOR_ID")));
    for (String flag : List.of("discontinued", "featured")) {
      expected.addAll(convertedCheck(flag, "'N', 'Y'"));
    }
    expected.addAll(convertedCheck("priority", "20, 10, 30"));
    Oracle.Run run = OracleAssertions.proves("access", database, HibernateOracle.Naming.JPA, expected);
    if (database == Database.H2) {
      var tables = run.retort().tables();
      assertThat(tables.get("ACCOUNT").columns()).containsOnlyKeys("ID", "LOGIN_NAME", "DISPLAYNAME", "ACTIVE", "EMAIL");
      assertThat(tables.get("ACCOUNT").columns().get("EMAIL").type()).isEqualTo("CHARACTER VARYING(80)");
      assertThat(tables.get("ACCOUNT").columns().get("EMAIL").nullable()).isFalse();
      assertThat(tables.get("PREFERENCES").columns()).containsOnlyKeys("ID", "THEME", "LANG");
      var product = tables.get("PRODUCT").columns();
      assertThat(product.get("PRICE").type()).isEqualTo("CHARACTER VARYING(30)");
      assertThat(product.get("DISCONTINUED").type()).isEqualTo("CHARACTER VARYING(1)");
      assertThat(product.get("PRIORITY").type()).isEqualTo("INTEGER");
      assertThat(tables.get("SENSOR").columns().get("CURRENT").type()).isEqualTo("DOUBLE PRECISION");
      assertThat(tables.get("SENSOR_READINGS").columns().get("READINGS").type()).isEqualTo("DOUBLE PRECISION");
      var signup = tables.get("SIGNUP");
      assertThat(signup.columns().get("CITY").type()).isEqualTo("CHARACTER VARYING(40)");
      assertThat(signup.columns().get("FEE").type()).isEqualTo("NUMERIC(7,2)");
      assertThat(signup.columns().get("ACCOUNT_ID").nullable()).isFalse();
      assertThat(signup.checks()).contains("RATING >= 1 AND RATING <= 10");
    }
  }

  /** Hibernate's check of a converted column's values, as each database prints it back. */
  private static List<DeliberateDifferences.Expected> convertedCheck(String column, String values) {
    return List.of(
        DeliberateDifferences.convertedCheck("PRODUCT", column + " in (" + values + ")").on(Database.H2),
        DeliberateDifferences.convertedCheck("PRODUCT", column + " = any (array[" + values + "])").on(Database.POSTGRESQL),
        DeliberateDifferences.convertedCheck("PRODUCT", column + " in (" + values.replace(", ", ",") + ")").on(Database.MARIADB));
  }
}
