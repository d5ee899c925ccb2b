package mapping.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.util.UUID;

/** Strings, binaries and large objects. */
@Entity
public class Texts {
  @Id
  private UUID id;

  private String plain;

  @Column(length = 40, nullable = false)
  private String shortText;

  @Column(length = 100000)
  private String essay;

  private char[] characters;
  private Character[] boxedCharacters;

  private byte[] bytes;
  private Byte[] boxedBytes;

  @Column(length = 16)
  private byte[] hash;

  @Lob
  private String clob;

  @Lob
  private char[] clobChars;

  @Lob
  private byte[] picture;

  private UUID reference;

  @Column(columnDefinition = "varchar(12) default 'none'")
  private String custom;
}
