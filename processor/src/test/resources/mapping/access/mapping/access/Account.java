package mapping.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Property access: the @Id is on a getter, so every getter is an attribute and the fields are not. */
@Entity
public class Account {
  private Long id;
  private String login;
  private String displayName;
  private boolean active;
  private String email;
  private String cachedGreeting;
  private int unmappedField;

  @Id
  @GeneratedValue
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  @Column(name = "login_name", length = 40, nullable = false)
  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /** Bean Validation on a getter. */
  @NotBlank
  @Size(max = 80)
  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  @Transient
  public String getCachedGreeting() {
    return cachedGreeting;
  }

  public void setCachedGreeting(String cachedGreeting) {
    this.cachedGreeting = cachedGreeting;
  }
}
