package dev.retort.processor.jpa;

import dev.retort.schema.Schema;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * What the entities map to: the schema, the renames their {@code @RenamedFrom} annotations
 * declare, and, apart from the plain schema, the element each table and column comes from so
 * that a later error can be reported where the developer can fix it.
 *
 * @param schema the tables and sequences the entities need
 * @param tableRenames new table name to previous name
 * @param columnRenames table name to (new column name to previous name)
 * @param origins the element behind each table ({@code "table"}) and column ({@code "table.column"})
 * @param ordinals the constants, in declaration order, of each ORDINAL enum column
 *     ({@code "table.column"}): what the numbers stored there mean, recorded in the snapshot
 * @param converters the auto-applied converters found, by class name: recorded in the snapshot so
 *     that an incremental compile finds them even when it sees none of their classes
 * @param sequenceTables the tables whose generated ids come from each sequence, by sequence name
 * @param discriminators the discriminator columns ({@code "table.column"}) and the values their
 *     check allows, as they stand in SQL: a column a migration adds to an existing table needs
 *     every row's class, which no single default gives
 * @param noDiscriminators the SINGLE_TABLE roots without a discriminator (no entity subclasses,
 *     no {@code @DiscriminatorColumn}): the column ({@code "table.column"}) an older Retort gave
 *     them and the entity's own value (an SQL literal), the only one Hibernate wrote there
 */
public record Mapping(
    Schema schema,
    Map<String, String> tableRenames,
    Map<String, Map<String, String>> columnRenames,
    Map<String, Element> origins,
    Map<String, List<String>> ordinals,
    List<String> converters,
    Map<String, List<String>> sequenceTables,
    Map<String, List<String>> discriminators,
    Map<String, String> noDiscriminators) {

  /** The element a table or column comes from, or null. */
  public Element origin(String table, String column) {
    Element element = column == null ? null : origins.get(table + "." + column);
    return element != null ? element : origins.get(table);
  }
}
