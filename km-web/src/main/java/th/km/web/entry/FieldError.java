package th.km.web.entry;

import java.time.LocalDate;
import java.util.List;
import th.km.web.i18n.Dates;
import th.km.web.i18n.Language;

/**
 * What is wrong with one field, as a message key and its arguments, so that the page shows it in
 * its language and the JSON API in Thai and English.
 *
 * @param field the field's name; empty for the form as a whole
 * @param messageKey the key of the message
 * @param args the message's arguments
 */
public record FieldError(String field, String messageKey, List<Object> args) {

  public FieldError {
    args = List.copyOf(args);
  }

  static FieldError of(String field, String messageKey, Object... args) {
    return new FieldError(field, messageKey, List.of(args));
  }

  /** The arguments with each date written in the Buddhist era in the language. */
  public Object[] args(Language language) {
    return args.stream().map(a -> a instanceof LocalDate d ? Dates.format(d, language) : a).toArray();
  }
}
