package dev.retort.schema;

/**
 * A named CHECK constraint.
 *
 * @param name the constraint's name
 * @param expression the SQL condition, as written in the mapping
 */
public record CheckConstraint(String name, String expression) {
  public CheckConstraint {
    Names.require(name, "check constraint name");
    Names.require(expression, "check expression");
  }

  public static CheckConstraint check(String name, String expression) {
    return new CheckConstraint(name, expression);
  }
}
