package mapping.access.conversion;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class TemperatureConverter implements AttributeConverter<Temperature, Double> {
  @Override
  public Double convertToDatabaseColumn(Temperature temperature) {
    return temperature == null ? null : temperature.celsius();
  }

  @Override
  public Temperature convertToEntityAttribute(Double celsius) {
    return celsius == null ? null : new Temperature(celsius);
  }
}
