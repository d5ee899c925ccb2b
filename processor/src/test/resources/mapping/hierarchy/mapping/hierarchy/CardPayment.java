package mapping.hierarchy;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("CARD")
@PrimaryKeyJoinColumn(name = "payment_id")
public class CardPayment extends Payment {
  @Column(length = 4)
  private String lastDigits;
}
