package mapping.access;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Not auto-applied: named with @Convert. */
@Converter
public class MoneyConverter implements AttributeConverter<Money, String> {
  @Override
  public String convertToDatabaseColumn(Money money) {
    return money == null ? null : money.amount() + " " + money.currency();
  }

  @Override
  public Money convertToEntityAttribute(String text) {
    if (text == null) {
      return null;
    }
    int space = text.indexOf(' ');
    return new Money(new BigDecimal(text.substring(0, space)), text.substring(space + 1));
  }
}
