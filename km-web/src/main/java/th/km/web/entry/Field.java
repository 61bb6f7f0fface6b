package th.km.web.entry;

import java.util.List;

/**
 * One field of an entry form: its name (the form parameter and the JSON property alike), how it is
 * entered, whether it must be filled, its choices, and the message key of its label.
 *
 * @param name the parameter's name, such as {@code trainingId}
 * @param kind how it is entered
 * @param required whether it must be filled
 * @param options the choices of a select or of checkboxes, labelled in the page's language
 * @param labelKey the message key of its label
 * @param hintKey the message key of a hint shown under it, or empty
 */
public record Field(
    String name, Kind kind, boolean required, List<Option> options, String labelKey, String hintKey) {

  /** How a field is entered. */
  public enum Kind {
    TEXT,
    TEXTAREA,
    /** Typed as 31/3/2569 or 2026-03-31. */
    DATE,
    NUMBER,
    SELECT,
    /** Several of the options. */
    CHECKBOXES,
    /** Yes or no. */
    CHECKBOX,
    /** Carried along unseen, such as the version a correction is based on. */
    HIDDEN
  }

  /** A choice: the value sent and the label shown. */
  public record Option(String value, String label) {}

  public Field {
    options = List.copyOf(options);
  }

  static Field text(String name, boolean required, String labelKey) {
    return new Field(name, Kind.TEXT, required, List.of(), labelKey, "");
  }

  static Field textarea(String name, boolean required, String labelKey) {
    return new Field(name, Kind.TEXTAREA, required, List.of(), labelKey, "");
  }

  static Field date(String name, boolean required, String labelKey) {
    return new Field(name, Kind.DATE, required, List.of(), labelKey, "entry.hint.date");
  }

  static Field number(String name, boolean required, String labelKey) {
    return new Field(name, Kind.NUMBER, required, List.of(), labelKey, "");
  }

  static Field select(String name, boolean required, String labelKey, List<Option> options) {
    return new Field(name, Kind.SELECT, required, options, labelKey, "");
  }

  static Field checkboxes(String name, String labelKey, List<Option> options) {
    return new Field(name, Kind.CHECKBOXES, false, options, labelKey, "");
  }

  static Field checkbox(String name, String labelKey) {
    return new Field(name, Kind.CHECKBOX, false, List.of(), labelKey, "");
  }

  static Field hidden(String name) {
    return new Field(name, Kind.HIDDEN, false, List.of(), "", "");
  }

  /** The same field with a hint under it. */
  Field hint(String key) {
    return new Field(name, kind, required, options, labelKey, key);
  }
}
