package dev.retort.processor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.Database;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generic @MappedSuperclass chains; SINGLE_TABLE (DTYPE, its check, nullable subclass columns),
 * JOINED (@DiscriminatorColumn, @PrimaryKeyJoinColumn, the child's key a foreign key to the
 * parent), TABLE_PER_CLASS (abstract root without a table), an INTEGER discriminator (its value check,
 * the default value); roots without {@code @Inheritance}: with entity subclasses SINGLE_TABLE as in
 * the explicit case (DTYPE or a declared {@code @DiscriminatorColumn}, {@code @DiscriminatorValue},
 * a {@code @MappedSuperclass} in between), without subclasses a discriminator only when declared,
 * as for an explicit {@code @Inheritance(strategy = SINGLE_TABLE)} without subclasses.
 * Model: {@code mapping/hierarchy}.
 */
class HierarchyModelTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.retort.processor.mapping.OracleAssertions#databases")
  void hibernateValidatesTheMigratedSchemaAndCreatesTheSame(Database database) {
    List<DeliberateDifferences.Expected> expected = new ArrayList<>(
        DeliberateDifferences.singleTableNotNull("VEHICLE", "PAYLOAD", "(DTYPE <> 'TRUCK') OR (PAYLOAD IS NOT NULL)"));
    Oracle.Run run = OracleAssertions.proves("hierarchy", database, HibernateOracle.Naming.JPA, expected);
    if (database == Database.H2) {
      var tables = run.retort().tables();
      assertThat(tables).containsKeys("VEHICLE", "PAYMENT", "CARDPAYMENT", "BANKTRANSFER", "DOG", "CAT")
          .doesNotContainKeys("CAR", "TRUCK", "ANIMAL");
      assertThat(tables.get("VEHICLE").columns().get("SEATS").nullable()).isTrue();
      assertThat(tables.get("VEHICLE").columns().get("DTYPE").type()).isEqualTo("CHARACTER VARYING(31)");
      assertThat(tables.get("CARDPAYMENT").foreignKeys()).containsExactly("(PAYMENT_ID) -> PAYMENT(ID)");
      assertThat(tables.get("DOG").columns()).containsKeys("ID", "NAME", "GOODBOY");
      assertThat(tables.get("SHIPMENT").checks()).contains("KIND IN 1, " + "Letter".hashCode() + ", 2",
          "KIND <> 2 OR WEIGHT IS NOT NULL");
      // no @Inheritance: the hierarchy is SINGLE_TABLE all the same
      assertThat(tables).doesNotContainKeys("BOOK", "GADGET", "INVOICE", "RECEIPT");
      assertThat(tables.get("PRODUCT").columns().get("DTYPE").type()).isEqualTo("CHARACTER VARYING(31)");
      assertThat(tables.get("PRODUCT").columns().get("DTYPE").nullable()).isFalse();
      assertThat(tables.get("PRODUCT").columns().get("PAGES").nullable()).isTrue();
      assertThat(tables.get("PRODUCT").columns()).containsKeys("WEIGHT", "BRAND");
      assertThat(tables.get("DOCUMENT").columns().get("DOC_TYPE").type()).isEqualTo("CHARACTER VARYING(12)");
      assertThat(tables.get("NOTE").columns().get("KIND").type()).isEqualTo("CHARACTER VARYING(8)");
      assertThat(tables.get("MEMO").columns()).containsOnlyKeys("ID");
      assertThat(tables.get("PRODUCT").checks())
          .containsExactlyInAnyOrder("DTYPE IN 'PRODUCT', 'BOOK', 'GADGET'", "DTYPE <> 'BOOK' OR PAGES IS NOT NULL");
      assertThat(tables.get("DOCUMENT").checks())
          .containsExactlyInAnyOrder("DOC_TYPE IN 'INV', 'RECEIPT'", "DOC_TYPE <> 'RECEIPT' OR PAID IS NOT NULL");
      assertThat(tables.get("NOTE").checks()).containsExactly("KIND = 'NOTE'");
      // explicit SINGLE_TABLE without subclasses: a discriminator only when declared, as without @Inheritance
      assertThat(tables.get("SOLO").columns()).containsOnlyKeys("ID");
      assertThat(tables.get("SOLO").checks()).isEmpty();
      assertThat(tables.get("SOLOVALUED").columns()).containsOnlyKeys("ID");
      assertThat(tables.get("SOLODECLARED").columns().get("SORT").type()).isEqualTo("CHARACTER VARYING(6)");
      assertThat(tables.get("SOLODECLARED").checks()).containsExactly("SORT = 'SOLODECLARED'");
    }
  }
}
