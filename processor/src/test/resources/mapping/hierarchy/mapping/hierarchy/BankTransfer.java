package mapping.hierarchy;

import jakarta.persistence.*;

@Entity
public class BankTransfer extends Payment {
  private String iban;
}
