package th.km.persistence.tables;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A column of a table: its header in Thai and English and its width in characters in a
 * spreadsheet.
 *
 * @param thai the header in Thai
 * @param english the header in English
 * @param width about how many characters wide the column is shown
 */
public record Column(String thai, String english, int width) {

  public Column {
    checkArgument(!thai.isBlank() && !english.isBlank(), "a column needs a header in both languages");
    checkArgument(width > 0 && width <= 255, "column %s: width %s is not 1 to 255", english, width);
  }

  /** The header in the language. */
  public String header(TableLanguage language) {
    return language.pick(thai, english);
  }
}
