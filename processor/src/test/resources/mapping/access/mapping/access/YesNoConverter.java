package mapping.access;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A converter of a basic type, through a generic superclass. */
@Converter
public class YesNoConverter extends AbstractFlagConverter<String> {
  @Override
  public String convertToDatabaseColumn(Boolean flag) {
    return flag == null ? null : flag ? "Y" : "N";
  }

  @Override
  public Boolean convertToEntityAttribute(String text) {
    return text == null ? null : text.equals("Y");
  }
}

abstract class AbstractFlagConverter<Y> implements AttributeConverter<Boolean, Y> {}
