package mapping.access;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An enum stored through a converter: an integer column, without the ORDINAL range check. */
@Converter
public class PriorityConverter implements AttributeConverter<Priority, Integer> {
  @Override
  public Integer convertToDatabaseColumn(Priority priority) {
    return priority == null ? null : (priority.ordinal() + 1) * 10;
  }

  @Override
  public Priority convertToEntityAttribute(Integer value) {
    return value == null ? null : Priority.values()[value / 10 - 1];
  }
}
