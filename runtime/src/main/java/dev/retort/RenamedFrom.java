package dev.retort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the previous name of a renamed entity or attribute, so that the generated migration
 * renames the table or column (keeping its rows) instead of dropping the old one and adding a
 * new, empty one.
 *
 * <p>Give the previous <em>table or column name</em> as the database knows it. The annotation can
 * stay in place after the migration is generated: once the snapshot holds the new name it has no
 * further effect.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {
  /** The previous table name (on an entity) or column name (on an attribute). */
  String value();
}
