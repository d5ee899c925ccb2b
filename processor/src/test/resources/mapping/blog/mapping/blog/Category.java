package mapping.blog;

import jakarta.persistence.*;

@Entity
public class Category {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  private String name;
}
