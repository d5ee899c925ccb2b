package mapping.access;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/** Field access declared on the class, with one attribute switched to its getter. */
@Entity
@Access(AccessType.FIELD)
public class Preferences {
  @Id
  private Long id;

  private String theme;

  @Transient
  private String language;

  @Access(AccessType.PROPERTY)
  @Column(name = "lang", length = 8)
  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  /** Not a property under field access. */
  public String getThemeLabel() {
    return "theme " + theme;
  }
}
