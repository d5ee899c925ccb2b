package mapping.access;

import java.math.BigDecimal;

/** A value type stored through {@link MoneyConverter}. */
public record Money(BigDecimal amount, String currency) {}
