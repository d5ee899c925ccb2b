package mapping.identity;

import jakarta.persistence.*;

@Entity
public class ByNamedTable {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "keys")
  @TableGenerator(name = "keys", table = "id_generator", pkColumnName = "generator", valueColumnName = "next_value",
      allocationSize = 20)
  private Long id;
}
