package th.km.web.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeType;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmProcessStep;
import th.km.core.records.AssetKind;
import th.km.web.entry.DateInput;
import th.km.web.entry.FieldError;
import th.km.web.entry.TextRules;

/**
 * Reads the fields of an asset's form (or the same names in a JSON body) into a {@link
 * KnowledgeDraft}: every text trimmed, length-limited and refused with control or text-direction
 * characters; each choice one of its values; the review-due date in any form km reads dates in.
 * Each field's mistake is named with the field.
 */
final class KnowledgeInput {

  static final String TITLE = "title";
  static final String BODY = "body";
  static final String KIND = "kind";
  static final String DIVISION = "division";
  static final String STEP = "step";
  static final String TAGS = "tags";
  static final String TYPE = "knowledgeType";
  static final String MERMAID = "flowchartMermaid";
  static final String IMAGE = "flowchartImage";
  static final String REVIEW_DUE = "reviewDue";
  static final String NOTE = "changeNote";

  /** Every field, in the form's order. */
  static final List<String> FIELDS =
      List.of(TITLE, KIND, DIVISION, STEP, TYPE, TAGS, BODY, MERMAID, IMAGE, REVIEW_DUE, NOTE);

  /** What reading the fields came to: a draft, or the fields' mistakes. */
  sealed interface Read {
    record Valid(KnowledgeDraft draft) implements Read {}

    record Invalid(List<FieldError> errors, Map<String, String> values) implements Read {}
  }

  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<FieldError> errors = new ArrayList<>();

  private KnowledgeInput(Function<String, List<String>> field) {
    for (String name : FIELDS) {
      List<String> given = field.apply(name);
      values.put(name, given.isEmpty() ? "" : String.join(",", given));
    }
  }

  /** Reads the fields, each as the values sent under its name. */
  static Read read(Function<String, List<String>> field) {
    return new KnowledgeInput(field).draft();
  }

  /** The values of a version, as its edit form shows them. */
  static Map<String, String> values(KnowledgeContent c) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put(TITLE, c.title());
    v.put(KIND, c.kind().name());
    v.put(DIVISION, c.division().map(DivisionCode::value).orElse(""));
    v.put(STEP, c.step().map(Enum::name).orElse(""));
    v.put(TYPE, c.knowledgeType().name());
    v.put(TAGS, String.join(", ", c.tags()));
    v.put(BODY, c.body());
    v.put(MERMAID, c.flowchartMermaid().orElse(""));
    v.put(IMAGE, c.flowchartImage().map(String::valueOf).orElse(""));
    v.put(REVIEW_DUE, c.reviewDue().map(DateInput::write).orElse(""));
    v.put(NOTE, "");
    return v;
  }

  /** The values of a draft, as the form shows them again after a refusal. */
  static Map<String, String> values(KnowledgeDraft d, String basedOn) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put(TITLE, d.title());
    v.put(KIND, d.kind().name());
    v.put(DIVISION, d.division().map(DivisionCode::value).orElse(""));
    v.put(STEP, d.step().map(Enum::name).orElse(""));
    v.put(TYPE, d.knowledgeType().name());
    v.put(TAGS, String.join(", ", d.tags()));
    v.put(BODY, d.body());
    v.put(MERMAID, d.flowchartMermaid().orElse(""));
    v.put(IMAGE, d.flowchartImage().map(String::valueOf).orElse(""));
    v.put(REVIEW_DUE, d.reviewDue().map(DateInput::write).orElse(""));
    v.put(NOTE, d.changeNote());
    v.put("basedOn", basedOn);
    return v;
  }

  private Read draft() {
    String title = text(TITLE, KnowledgeContent.MAX_TITLE, false, true);
    String body = text(BODY, KnowledgeContent.MAX_BODY, true, false);
    Optional<AssetKind> kind = choice(KIND, AssetKind.class, true);
    String division = text(DIVISION, 40, false, false);
    if (!division.isEmpty() && !division.matches("[a-z0-9][a-z0-9_-]*")) {
      error(DIVISION, "knowledge.error.division", division);
    }
    Optional<KmProcessStep> step = choice(STEP, KmProcessStep.class, false);
    Optional<KnowledgeType> type = choice(TYPE, KnowledgeType.class, false);
    List<String> tags = tags();
    String mermaid = text(MERMAID, KnowledgeContent.MAX_FLOWCHART, true, false);
    Optional<Long> image = image();
    Optional<LocalDate> reviewDue = date(REVIEW_DUE);
    String note = text(NOTE, KnowledgeContent.MAX_NOTE, false, false);
    if (kind.isPresent() && kind.get() != AssetKind.WORK_MANUAL && (!mermaid.isEmpty() || image.isPresent())) {
      error(MERMAID, "knowledge.error.flowchartOnlyManual");
    }
    if (!errors.isEmpty() || kind.isEmpty()) {
      return new Read.Invalid(List.copyOf(errors), values);
    }
    return new Read.Valid(
        KnowledgeDraft.builder()
            .title(title)
            .body(body)
            .kind(kind.get())
            .division(division.isEmpty() ? Optional.empty() : Optional.of(new DivisionCode(division)))
            .step(step)
            .tags(tags)
            .knowledgeType(type.orElse(KnowledgeType.EXPLICIT))
            .flowchartMermaid(mermaid.isEmpty() ? Optional.empty() : Optional.of(mermaid))
            .flowchartImage(image)
            .reviewDue(reviewDue)
            .changeNote(note)
            .build());
  }

  private String text(String field, int max, boolean lines, boolean required) {
    String value = TextRules.trim(values.get(field));
    values.put(field, value);
    if (value.isEmpty()) {
      if (required) {
        error(field, "entry.error.required");
      }
      return value;
    }
    Optional<TextRules.Breach> breach = new TextRules(max, lines).breach(value);
    if (breach.isPresent()) {
      List<Object> args = new ArrayList<>();
      args.add(field);
      args.addAll(breach.get().detail());
      errors.add(new FieldError(field, breach.get().messageKey(), args));
    }
    return value;
  }

  private <E extends Enum<E>> Optional<E> choice(String field, Class<E> type, boolean required) {
    String value = TextRules.trim(values.get(field));
    if (value.isEmpty()) {
      if (required) {
        error(field, "entry.error.required");
      }
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return Optional.of(e);
      }
    }
    error(field, "entry.error.choice", value.length() > 40 ? value.substring(0, 40) + "…" : value);
    return Optional.empty();
  }

  private List<String> tags() {
    String raw = text(TAGS, KnowledgeContent.MAX_TAGS * (KnowledgeContent.MAX_TAG + 2), false, false);
    Set<String> tags = new LinkedHashSet<>();
    for (String part : raw.split("[,،、]")) {
      String tag = TextRules.trim(part);
      if (tag.isEmpty()) {
        continue;
      }
      if (tag.length() > KnowledgeContent.MAX_TAG) {
        error(TAGS, "knowledge.error.tagTooLong", tag.substring(0, 20) + "…", KnowledgeContent.MAX_TAG);
        continue;
      }
      tags.add(tag);
    }
    if (tags.size() > KnowledgeContent.MAX_TAGS) {
      error(TAGS, "knowledge.error.tooManyTags", KnowledgeContent.MAX_TAGS, tags.size());
    }
    return List.copyOf(tags);
  }

  private Optional<Long> image() {
    String value = TextRules.trim(values.get(IMAGE));
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.matches("[0-9]{1,15}") || Long.parseLong(value) == 0) {
      error(IMAGE, "entry.error.number", value.length() > 40 ? value.substring(0, 40) + "…" : value);
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(value));
  }

  private Optional<LocalDate> date(String field) {
    String value = TextRules.trim(values.get(field));
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return switch (DateInput.read(value)) {
      case DateInput.Reading.Valid v -> Optional.of(v.date());
      case DateInput.Reading.Unreadable u -> {
        error(field, "entry.error.date", value.length() > 40 ? value.substring(0, 40) + "…" : value);
        yield Optional.empty();
      }
      case DateInput.Reading.Impossible i -> {
        error(field, "entry.error.impossibleDate", value);
        yield Optional.empty();
      }
    };
  }

  private void error(String field, String key, Object... args) {
    errors.add(new FieldError(field, key, List.of(args)));
  }
}
