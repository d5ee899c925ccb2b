package dev.retort.schema;

/**
 * A database sequence, as {@code @SequenceGenerator} declares one.
 *
 * @param name its name
 * @param start the first value
 * @param increment the step (JPA's allocation size)
 */
public record Sequence(String name, long start, long increment) {
  public Sequence {
    Names.require(name, "sequence name");
    if (increment == 0) {
      throw new IllegalArgumentException("sequence " + name + " has increment 0");
    }
  }

  public static Sequence sequence(String name, long start, long increment) {
    return new Sequence(name, start, increment);
  }
}
