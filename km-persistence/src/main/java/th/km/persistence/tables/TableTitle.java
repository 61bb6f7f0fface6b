package th.km.persistence.tables;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What a table is called in each language: a spreadsheet names its sheet after it. The tables of an
 * organization's year are {@link TableName}s; a table of many organizations (the national and
 * province roll-ups) is {@link Named}.
 */
public interface TableTitle {

  /** The title in the language. */
  String title(TableLanguage language);

  /** A title written out in both languages. */
  record Named(String thai, String english) implements TableTitle {

    public Named {
      checkArgument(!thai.isBlank() && !english.isBlank(), "a table title needs both languages");
    }

    @Override
    public String title(TableLanguage language) {
      return language.pick(thai, english);
    }
  }
}
