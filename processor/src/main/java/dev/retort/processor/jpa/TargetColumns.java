package dev.retort.processor.jpa;

import dev.retort.schema.Column;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.type.DeclaredType;

/**
 * Finds a basic column of another entity by name, for a {@code referencedColumnName} that names a
 * column other than the key (a natural key with a unique constraint).
 */
final class TargetColumns {
  private final Mirrors mirrors;
  private final Members members;
  private final BasicColumns basicColumns;

  TargetColumns(Mirrors mirrors, Members members, BasicColumns basicColumns) {
    this.mirrors = mirrors;
    this.members = members;
    this.basicColumns = basicColumns;
  }

  Optional<EntityInfo.KeyColumn> find(EntityInfo target, String columnName) {
    for (Attribute a : members.attributes(target.type(), null, (DeclaredType) target.type().asType(), target.access())) {
      if (Keys.isToOne(mirrors, a) || mirrors.hasJpa(a.element(), JpaNames.ONE_TO_MANY)
          || mirrors.hasJpa(a.element(), JpaNames.MANY_TO_MANY) || mirrors.hasJpa(a.element(), JpaNames.EMBEDDED)
          || mirrors.hasJpa(a.element(), JpaNames.ELEMENT_COLLECTION) || mirrors.hasJpa(a.element(), JpaNames.EMBEDDED_ID)) {
        continue;
      }
      AnnotationMirror column = mirrors.jpa(a.element(), JpaNames.COLUMN).orElse(null);
      String name = basicColumns.name(column, a.name());
      if (name.equalsIgnoreCase(columnName)) {
        Optional<Column> built = basicColumns.column(a.element(), a.type(), column, name, false, true);
        if (built.isPresent()) {
          return Optional.of(new EntityInfo.KeyColumn(a.name(), built.get()));
        }
      }
    }
    return Optional.empty();
  }
}
