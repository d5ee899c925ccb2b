package mapping.access.conversion;

/** A value type whose converter is auto-applied from another package than the entities'. */
public record Temperature(double celsius) {}
