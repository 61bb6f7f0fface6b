package th.km.web.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import th.km.core.plan.DivisionCode;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.web.page.PageText;

/** The data-entry forms km has, one for each thing people record during the year. */
public final class Forms {

  /** The highest score a supervisor's rating scale may have. */
  static final int MAX_SCORE = 1000;

  private Forms() {}

  /** Every form, in the order the entry page lists them. */
  public static List<EntryForm> all() {
    return List.of(
        new TrainingForm(),
        new TrainingReportForm(),
        new SignOffForm(),
        new RatingForm(),
        new AssetForm(),
        new AccessForm(),
        new MeetingForm(),
        new AcknowledgementForm(),
        new ProgressForm(),
        new RecognitionForm(),
        new NoteForm(),
        new EvaluationReportForm(),
        new StaffForm());
  }

  /** The form of the slug. */
  public static Optional<EntryForm> bySlug(String slug) {
    return all().stream().filter(f -> f.slug().equals(slug)).findFirst();
  }

  // ---------------------------------------------------------------- shared readers

  /** A date that must lie in the plan's fiscal year and, unless {@code future}, not after today. */
  static Optional<LocalDate> dayOfYear(
      EntryContext c, Input in, String name, boolean required, boolean future) {
    Optional<LocalDate> d = in.date(name, required);
    if (d.isEmpty()) {
      return d;
    }
    if (!c.plan().fiscalYear().contains(d.get())) {
      in.error(
          name, "entry.error.outsideYear", d.get(), c.plan().fiscalYear().buddhistYear(),
          c.plan().fiscalYear().firstDay(), c.plan().fiscalYear().lastDay());
      return Optional.empty();
    }
    if (!future && d.get().isAfter(c.today())) {
      in.error(name, "entry.error.future", d.get(), c.today());
      return Optional.empty();
    }
    return d;
  }

  /**
   * The record an id field names, looked up with {@code find}; a blank field or an id that names no
   * record is an error of that field.
   */
  private static <T> Optional<T> chosen(
      Input in, String name, Function<String, Optional<T>> find, String noSuchKey) {
    Optional<String> id = in.text(name, true);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<T> found = find.apply(id.get());
    if (found.isEmpty()) {
      in.error(name, noSuchKey, id.get());
    }
    return found;
  }

  /** A staff member chosen among those the account may write about. */
  static Optional<StaffMember> person(EntryContext c, Input in, String name) {
    return chosen(in, name, c.records()::staffMember, "entry.error.noSuchPerson");
  }

  /** A training of the year. */
  static Optional<Training> training(EntryContext c, Input in, String name) {
    return chosen(in, name, c.records()::training, "entry.error.noSuchTraining");
  }

  static Optional<DivisionCode> division(EntryContext c, Input in, String name) {
    String code = in.raw(name);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    Optional<DivisionCode> found =
        c.plan().divisions().stream().map(d -> d.code()).filter(d -> d.value().equals(code)).findFirst();
    if (found.isEmpty()) {
      in.error(name, "entry.error.noSuchDivision", code);
    }
    return found;
  }

  /** Staff ids among the year's staff, each once. */
  static List<String> people(EntryContext c, Input in, String name) {
    List<String> ids = in.all(name).stream().distinct().toList();
    for (String id : ids) {
      if (c.records().staffMember(id).isEmpty()) {
        in.error(name, "entry.error.noSuchPerson", id);
      }
    }
    return ids;
  }

  static <E extends Enum<E>> List<Field.Option> options(
      EntryContext c, E[] values, Function<E, String> thai, Function<E, String> english) {
    return Stream.of(values).map(v -> new Field.Option(v.name(), c.pick(PageText.plain(thai.apply(v)), english.apply(v)))).toList();
  }

  static String query(Function<String, String> query, String name) {
    String v = query.apply(name);
    return v == null ? "" : v;
  }

  static String staffChoice(EntryContext c) {
    return c.account().staffId().filter(id -> c.records().staffMember(id).isPresent()).orElse("");
  }
}
