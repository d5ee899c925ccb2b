package dev.retort.processor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Database;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values: nested @Embeddable, @AttributeOverride(s) (through a nested path too), @AssociationOverride
 * (join column and foreign key), @ElementCollection of basic values (Set, List with @OrderColumn,
 * Map with @MapKeyColumn and with default names) and of an embeddable with an override, with and
 * without @CollectionTable; primitives in an embeddable (nullable, also as a Set's element);
 * @EmbeddedId (a primitive in it NOT NULL) with @MapsId, @IdClass; references to composite keys with
 * @JoinColumns (named, in another order than the key's) and by default names.
 * Model: {@code src/test/resources/mapping/values}.
 */
class ValuesModelTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.retort.processor.mapping.OracleAssertions#databases")
  void hibernateValidatesTheMigratedSchemaAndCreatesTheSame(Database database) {
    List<DeliberateDifferences.Expected> expected = new ArrayList<>(List.of(
        DeliberateDifferences.keyOrder("CUSTOMER_PHONE", "CUSTOMER_ID, POSITION", "POSITION, CUSTOMER_ID"),
        DeliberateDifferences.ownerIndex("CUSTOMER_PHONE", "CUSTOMER_ID"),
        DeliberateDifferences.keyOrder("LINEITEM", "PURCHASE_ID, LINENUMBER", "LINENUMBER, PURCHASE_ID"),
        DeliberateDifferences.ownerIndex("LINEITEM", "PURCHASE_ID")));
    expected.addAll(DeliberateDifferences.foreignKeyIndex("LINENOTE", "LINE_PURCHASE_ID, LINE_LINENUMBER",
        "LINE_LINENUMBER, LINE_PURCHASE_ID"));
    Oracle.Run run = OracleAssertions.proves("values", database, HibernateOracle.Naming.JPA, expected);
    if (database == Database.H2) {
      var tables = run.retort().tables();
      var customer = tables.get("CUSTOMER").columns();
      assertThat(customer).containsKeys("STREET", "CITY", "LATITUDE", "LONGITUDE", "BILLING_STREET", "BILLING_CITY",
          "BILLING_LAT", "BILLING_LON");
      assertThat(customer.get("BILLING_STREET").type()).isEqualTo("CHARACTER VARYING(200)");
      assertThat(customer.get("BILLING_LAT").type()).isEqualTo("NUMERIC(8,5)");
      assertThat(customer.get("CITY").nullable()).isFalse();
      assertThat(tables.get("CUSTOMER_NICKNAMES").indexes()).contains("unique (CUSTOMER_ID, NICKNAMES)");
      assertThat(tables.get("CUSTOMER_NICKNAMES").primaryKey()).isEmpty();
      assertThat(tables.get("CUSTOMER_ATTRIBUTE").primaryKey()).containsExactly("CUSTOMER_ID", "ATTRIBUTE_NAME");
      assertThat(tables.get("CUSTOMER_LOYALTYPOINTS").columns()).containsKeys("CUSTOMER_ID", "LOYALTYPOINTS_KEY", "LOYALTYPOINTS");
      assertThat(tables.get("CUSTOMER_PREVIOUS_ADDRESS").columns()).containsKeys("OLD_STREET", "CITY", "LATITUDE");
      assertThat(customer.get("STARS").nullable()).isTrue();
      assertThat(customer.get("VERIFIED").nullable()).isTrue();
      assertThat(tables.get("CUSTOMER_RATINGS").columns().get("STARS").nullable()).isTrue();
      assertThat(tables.get("CUSTOMER_RATINGS").primaryKey()).isEmpty();
      assertThat(tables.get("CUSTOMER_RATINGS").indexes()).contains("unique (CUSTOMER_ID, STARS, VERIFIED)");
      assertThat(tables.get("LINEITEM").columns().get("LINENUMBER").nullable()).isFalse();
      assertThat(tables.get("PURCHASE").foreignKeys()).containsExactlyInAnyOrder("(SOURCE_WAREHOUSE) -> WAREHOUSE(CODE)",
          "(RETURN_WAREHOUSE) -> WAREHOUSE(CODE)", "(ORIGIN_CODE) -> WAREHOUSE(CODE)");
      assertThat(tables.get("PURCHASE").columns().get("SOURCE_WAREHOUSE").nullable()).isFalse();
      assertThat(tables.get("LINEITEM").foreignKeys()).containsExactly("(PURCHASE_ID) -> PURCHASE(ID)");
      assertThat(tables.get("ENROLLMENT").primaryKey()).containsExactly("STUDENT", "COURSE");
      assertThat(tables.get("CERTIFICATE").foreignKeys()).containsExactlyInAnyOrder(
          "(ENROLLED_COURSE, ENROLLED_STUDENT) -> ENROLLMENT(COURSE, STUDENT)",
          "(PREVIOUS_COURSE, PREVIOUS_STUDENT) -> ENROLLMENT(COURSE, STUDENT)");
      assertThat(run.migrationSource()).contains("fk_purchase_source").contains("fk_certificate_enrollment");
    }
  }
}
