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
 *
 * <p>Every value is read through {@link TextRules}: white space of any script is trimmed before
 * "required" is checked, and control characters, bidi controls and text over the field's length
 * are refused. Every reader below goes through it, so a form added later is held to it too.
 */
public final class Input {

  private final Map<String, List<String>> values;
  private final Map<String, FieldError> errors = new LinkedHashMap<>();
  private final Map<String, TextRules> rules = new LinkedHashMap<>();

  /** @param values each field's values as sent, several for checkboxes */
  public Input(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Takes each field's text rule from its kind: long text ({@link Field.Kind#TEXTAREA}) may have
   * lines and {@value TextRules#LONG_TEXT} characters; every other field is one line of at most
   * {@value TextRules#LINE} characters, as is a field not declared.
   */
  public Input declare(List<Field> fields) {
    for (Field f : fields) {
      rules.put(f.name(), f.kind() == Field.Kind.TEXTAREA ? TextRules.longText() : TextRules.line());
    }
    return this;
  }

  /** The first value of the field, with white space of any script trimmed; empty when not sent. */
  public String raw(String name) {
    List<String> v = values.getOrDefault(name, List.of());
    return v.isEmpty() ? "" : TextRules.trim(v.get(0));
  }

  /** Every non-blank value sent for the field, trimmed but not yet checked. */
  public List<String> sent(String name) {
    return values.getOrDefault(name, List.of()).stream().map(TextRules::trim).filter(v -> !v.isEmpty()).toList();
  }

  /** Every non-blank value of the field; an error when one breaks the field's text rule. */
  public List<String> all(String name) {
    List<String> kept = new ArrayList<>();
    for (String value : values.getOrDefault(name, List.of())) {
      String v = TextRules.trim(value);
      if (!v.isEmpty() && checked(name, v)) {
        kept.add(v);
      }
    }
    return kept;
  }

  /**
   * The text of a field; an error when it is required and blank, or when it breaks the field's
   * text rule (control or bidi characters, too long).
   */
  public Optional<String> text(String name, boolean required) {
    String v = raw(name);
    if (v.isEmpty()) {
      if (required) {
        error(name, "entry.error.required");
      }
      return Optional.empty();
    }
    return checked(name, v) ? Optional.of(v) : Optional.empty();
  }

  private boolean checked(String name, String value) {
    Optional<TextRules.Breach> breach = rules.getOrDefault(name, TextRules.line()).breach(value);
    breach.ifPresent(b -> error(name, b.messageKey(), b.args(name)));
    return breach.isEmpty();
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
