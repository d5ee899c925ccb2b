package dev.retort.processor.jpa;

import dev.retort.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The Bean Validation constraints Hibernate turns into DDL when a validator is present (its
 * default, {@code jakarta.persistence.validation.mode=auto}), read by name under both
 * {@code jakarta.validation.constraints} and {@code javax.validation.constraints}, with Hibernate
 * Validator's own {@code @Length} and {@code @Range}:
 *
 * <ul>
 *   <li>{@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}: NOT NULL;
 *   <li>{@code @Size(max)}, {@code @Length(max)}: the length of a string column;
 *   <li>{@code @Digits(integer, fraction)}: the precision and scale of a decimal column;
 *   <li>{@code @Min}, {@code @Max}, {@code @Range}: a check {@code column >= min and column <= max}.
 * </ul>
 *
 * Others ({@code @Positive}, {@code @DecimalMin}, {@code @Pattern}, ...) change nothing in
 * Hibernate's tables, so nothing here either.
 */
final class BeanValidation {
  private static final String HIBERNATE_VALIDATOR = "org.hibernate.validator.constraints.";

  private final Mirrors mirrors;

  BeanValidation(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  /** Whether a constraint makes the column NOT NULL. */
  boolean notNull(Element element) {
    return mirrors.validation(element, "NotNull").isPresent()
        || mirrors.validation(element, "NotBlank").isPresent()
        || mirrors.validation(element, "NotEmpty").isPresent();
  }

  /** The type with the length, precision and scale the constraints give it. */
  ColumnType sized(Element element, ColumnType type) {
    if (type.kind() == ColumnType.Kind.VARCHAR) {
      Optional<AnnotationMirror> size = mirrors.validation(element, "Size")
          .or(() -> mirrors.named(element, HIBERNATE_VALIDATOR + "Length"));
      if (size.isPresent() && mirrors.integer(size.get(), "max") < Integer.MAX_VALUE) {
        return ColumnType.varchar(mirrors.integer(size.get(), "max"));
      }
    }
    if (type.kind() == ColumnType.Kind.DECIMAL) {
      Optional<AnnotationMirror> digits = mirrors.validation(element, "Digits");
      if (digits.isPresent()) {
        int integer = mirrors.integer(digits.get(), "integer");
        int fraction = mirrors.integer(digits.get(), "fraction");
        return ColumnType.decimal(integer + fraction, fraction);
      }
    }
    return type;
  }

  /** The check of {@code @Min}, {@code @Max} and {@code @Range} on the column, as Hibernate writes it. */
  Optional<String> rangeCheck(Element element, String column) {
    List<String> parts = new ArrayList<>();
    Optional<AnnotationMirror> range = mirrors.named(element, HIBERNATE_VALIDATOR + "Range");
    Optional<Long> min = mirrors.validation(element, "Min").map(m -> mirrors.number(m, "value"))
        .or(() -> range.map(r -> mirrors.number(r, "min")).filter(v -> v != 0));
    Optional<Long> max = mirrors.validation(element, "Max").map(m -> mirrors.number(m, "value"))
        .or(() -> range.map(r -> mirrors.number(r, "max")).filter(v -> v != Long.MAX_VALUE));
    min.ifPresent(v -> parts.add(column + " >= " + v));
    max.ifPresent(v -> parts.add(column + " <= " + v));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", parts));
  }
}
