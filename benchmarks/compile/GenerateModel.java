import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a model of N entities for the compile benchmark: each has an identity key, seven basic
 * attributes of the usual kinds, a STRING enum, an index, and a many-to-one to the entity before
 * it, as a realistic application's entities do.
 *
 * <p>Usage: {@code java GenerateModel.java <count> <source root>}
 */
public class GenerateModel {
  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    Path root = Path.of(args[1]).resolve("bench/model");
    Files.createDirectories(root);
    Files.writeString(root.resolve("Status.java"), "package bench.model;\n\npublic enum Status { NEW, ACTIVE, CLOSED }\n");
    for (int i = 0; i < count; i++) {
      String name = String.format("Entity%04d", i);
      StringBuilder s = new StringBuilder();
      s.append("package bench.model;\n\n")
          .append("import jakarta.persistence.*;\n")
          .append("import java.math.BigDecimal;\n")
          .append("import java.time.LocalDate;\n")
          .append("import java.time.LocalDateTime;\n\n")
          .append("@Entity\n")
          .append("@Table(indexes = @Index(name = \"idx_").append(name.toLowerCase()).append("_code\", columnList = \"code\"))\n")
          .append("public class ").append(name).append(" {\n")
          .append("  @Id\n  @GeneratedValue(strategy = GenerationType.IDENTITY)\n  private Long id;\n\n")
          .append("  @Column(nullable = false, length = 40)\n  private String code;\n\n")
          .append("  private String description;\n\n")
          .append("  private int quantity;\n\n")
          .append("  @Column(precision = 12, scale = 2)\n  private BigDecimal price;\n\n")
          .append("  private LocalDate validFrom;\n\n")
          .append("  private LocalDateTime updatedAt;\n\n")
          .append("  private boolean archived;\n\n")
          .append("  @Enumerated(EnumType.STRING)\n  private Status status;\n");
      if (i > 0) {
        s.append("\n  @ManyToOne\n  private ").append(String.format("Entity%04d", i - 1)).append(" previous;\n");
      }
      s.append("\n  public Long getId() {\n    return id;\n  }\n\n  public String getCode() {\n    return code;\n  }\n}\n");
      Files.writeString(root.resolve(name + ".java"), s.toString());
    }
  }
}
