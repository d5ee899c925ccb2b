package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdentifierCaseTest {
  /** The rule as a regular expression, the way SQL describes it: the loop must agree with it. */
  private static final Pattern REGULAR = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_$]*");

  @Test
  void regularNamesAreLettersDigitsUnderscoresAndDollarsNotStartingWithADigitOrDollar() {
    assertThat(List.of("name", "_x1", "Ünïcode", "日本語", "x٣", "A_B_9", "a$", "Orders$Hist")).allMatch(IdentifierCase::isRegular);
    assertThat(List.of("", "1abc", "a-b", "a b", "$a", "\"q\"", "a.b", "٣x")).noneMatch(IdentifierCase::isRegular);
  }

  @Test
  void agreesWithTheRegularExpressionOnRandomNames() {
    String alphabet = "aZ_9٣日é- .$\"\u0301";
    Random random = new Random(42);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      StringBuilder name = new StringBuilder();
      for (int j = random.nextInt(5); j >= 0; j--) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      names.add(name.toString());
    }
    names.add("𝒜𝒷"); // letters outside the basic plane: two chars each
    for (String name : names) {
      assertThat(IdentifierCase.isRegular(name)).as("'%s'", name).isEqualTo(REGULAR.matcher(name).matches());
    }
  }

  @Test
  void foldsOnlyRegularNames() {
    assertThat(IdentifierCase.UPPER.fold("book_id")).isEqualTo("BOOK_ID");
    assertThat(IdentifierCase.LOWER.fold("Book")).isEqualTo("book");
    assertThat(IdentifierCase.UPPER.fold("odd name")).isEqualTo("odd name");
    assertThat(IdentifierCase.AS_WRITTEN.fold("Book")).isEqualTo("Book");
  }

  @Test
  void upperCaseFoldsEveryScriptsLettersAsH2Does() {
    assertThat(IdentifierCase.UPPER.fold("Äpfel$Kiste")).isEqualTo("ÄPFEL$KISTE");
    assertThat(IdentifierCase.UPPER.fold("straße")).isEqualTo("STRASSE");
  }

  /** PostgreSQL's scanner in a UTF-8 database: only A to Z fold, any non-ASCII character is a name's. */
  @Test
  void lowerCaseFoldsOnlyAsciiLettersAsPostgresDoes() {
    assertThat(IdentifierCase.LOWER.fold("ÄPFEL")).isEqualTo("Äpfel");
    assertThat(IdentifierCase.LOWER.fold("Orders$Hist")).isEqualTo("orders$hist");
    assertThat(IdentifierCase.LOWER.fold("Prix€")).isEqualTo("prix€");
    assertThat(IdentifierCase.LOWER.fold("ΣΟΦΙΑ")).isEqualTo("ΣΟΦΙΑ");
    assertThat(IdentifierCase.LOWER.fold("$x")).isEqualTo("$x");
    assertThat(IdentifierCase.LOWER.fold("9lives")).isEqualTo("9lives");
    assertThat(IdentifierCase.LOWER.fold("odd name")).isEqualTo("odd name");
  }
}
