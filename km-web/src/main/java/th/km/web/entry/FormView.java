package th.km.web.entry;

import java.util.List;
import java.util.Map;
import th.km.web.records.RecordFields;

/**
 * A form as its page shows it: the fields with the values typed (or the ones it opens with), the
 * message next to each wrong field in the page's language, the messages about the form as a whole,
 * and, after a conflict, what is stored now.
 *
 * @param action where the form is sent
 * @param fields the fields
 * @param values each field's values
 * @param errors the message of each wrong field, by field name
 * @param formErrors messages about the form as a whole
 * @param current the fields of the record as stored now, after a conflict; empty otherwise
 */
public record FormView(
    String action,
    List<Field> fields,
    Map<String, List<String>> values,
    Map<String, String> errors,
    List<String> formErrors,
    List<RecordFields.Field> current) {

  public FormView {
    fields = List.copyOf(fields);
    values = Map.copyOf(values);
    errors = Map.copyOf(errors);
    formErrors = List.copyOf(formErrors);
    current = List.copyOf(current);
  }

  /** The field's first value, or empty. */
  public String value(String name) {
    List<String> v = values.getOrDefault(name, List.of());
    return v.isEmpty() ? "" : v.get(0);
  }

  /** Whether the option is among the field's values. */
  public boolean has(String name, String option) {
    return values.getOrDefault(name, List.of()).contains(option);
  }

  /** Whether a checkbox field is ticked. */
  public boolean ticked(String name) {
    String v = value(name);
    return v.equals("true") || v.equals("on");
  }

  /** The message next to the field, or empty. */
  public String error(String name) {
    return errors.getOrDefault(name, "");
  }

  /** The id of a field's input element. */
  public static String inputId(Field f) {
    return "f-" + f.name();
  }

  /** The id of a field's message element. */
  public static String errorId(Field f) {
    return "f-" + f.name() + "-error";
  }
}
