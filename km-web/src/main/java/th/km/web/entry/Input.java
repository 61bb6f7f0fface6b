package th.km.web.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The values sent with a form or a JSON body, read field by field: each reader records what is
 * wrong with its field, so that every field's message is shown at once, next to it.
 */
public final class Input {

  private final Map<String, List<String>> values;
  private final Map<String, FieldError> errors = new LinkedHashMap<>();

  /** @param values each field's values as sent, several for checkboxes */
  public Input(Map<String, List<String>> values) {
    this.values = values;
  }

  /** The first value of the field, stripped; empty when it was not sent. */
  public String raw(String name) {
    List<String> v = values.getOrDefault(name, List.of());
    return v.isEmpty() ? "" : v.get(0).strip();
  }

  /** Every non-blank value of the field. */
  public List<String> all(String name) {
    return values.getOrDefault(name, List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The text of a field; an error when it is required and blank. */
  public Optional<String> text(String name, boolean required) {
    String v = raw(name);
    if (v.isEmpty()) {
      if (required) {
        error(name, "entry.error.required");
      }
      return Optional.empty();
    }
    return Optional.of(v);
  }

  /** The date of a field, typed in any of the forms {@link DateInput} reads. */
  public Optional<LocalDate> date(String name, boolean required) {
    Optional<String> text = text(name, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return switch (DateInput.read(text.get())) {
      case DateInput.Reading.Valid v -> Optional.of(v.date());
      case DateInput.Reading.Impossible i -> {
        error(name, "entry.error.impossibleDate", text.get());
        yield Optional.empty();
      }
      case DateInput.Reading.Unreadable u -> {
        error(name, "entry.error.date", text.get());
        yield Optional.empty();
      }
    };
  }

  /** A whole number from {@code min} to {@code max}. */
  public OptionalInt number(String name, boolean required, int min, int max) {
    Optional<String> text = text(name, required);
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    String digits = text.get();
    if (!digits.matches("-?[0-9]{1,9}")) {
      error(name, "entry.error.number", digits);
      return OptionalInt.empty();
    }
    int n = Integer.parseInt(digits);
    if (n < min || n > max) {
      error(name, "entry.error.range", min, max, n);
      return OptionalInt.empty();
    }
    return OptionalInt.of(n);
  }

  /** One of the enum's constants, sent by name. */
  public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type, boolean required) {
    Optional<String> text = text(name, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, text.get().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      error(name, "entry.error.choice", text.get());
      return Optional.empty();
    }
  }

  /** Whether a checkbox was ticked. */
  public boolean flag(String name) {
    String v = raw(name).toLowerCase(Locale.ROOT);
    return v.equals("true") || v.equals("on") || v.equals("1") || v.equals("yes");
  }

  /** Records what is wrong with the field, unless something already is. */
  public void error(String name, String messageKey, Object... args) {
    errors.putIfAbsent(name, FieldError.of(name, messageKey, args));
  }

  /** Whether the field has an error. */
  public boolean hasError(String name) {
    return errors.containsKey(name);
  }

  /** Whether every field was read without error. */
  public boolean ok() {
    return errors.isEmpty();
  }

  /** The errors, in the order of the fields. */
  public List<FieldError> errors() {
    return new ArrayList<>(errors.values());
  }
}
