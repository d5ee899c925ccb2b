package mapping.hierarchy;

import jakarta.persistence.*;

/** A primitive of a SINGLE_TABLE subclass: checked for its own rows, by its number. */
@Entity
@DiscriminatorValue("2")
public class Parcel extends Shipment {
  private int weight;
}
