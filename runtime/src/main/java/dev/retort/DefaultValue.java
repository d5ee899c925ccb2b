package dev.retort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column's default, as a SQL literal or expression ({@code "0"}, {@code "'ACTIVE'"},
 * {@code "CURRENT_TIMESTAMP"}). Retort writes it into the migration; the database fills it in for
 * rows inserted without the column, and for the rows already there when a NOT NULL column is
 * added. Hibernate's {@code @ColumnDefault} is read the same way.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface DefaultValue {
  /** The SQL literal or expression. */
  String value();
}
