package th.km.web.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import th.km.core.entry.RecordCommands;
import th.km.core.plan.KmGoal;
import th.km.core.plan.PlanActivity;
import th.km.core.records.MonitoringNote;
import th.km.core.records.RecordKind;
import th.km.core.records.ReportRound;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/**
 * The M&amp;E committee's problems and obstacles (ปัญหาอุปสรรค) and recommendations (ข้อเสนอแนะ) for
 * one reporting round, about the whole plan, a goal or an activity, one entry per line. Only the
 * committee's members enter them: the secretary, the chair and the CKO; the note records the
 * account that entered it.
 */
final class NoteForm implements CorrectableForm {

  @Override
  public String slug() {
    return "monitoring-note";
  }

  @Override
  public String collection() {
    return "monitoring-notes";
  }

  @Override
  public String schema() {
    return "MonitoringNoteInput";
  }

  @Override
  public String titleKey() {
    return "entry.note.title";
  }

  @Override
  public Access access() {
    return Access.COMMITTEE;
  }

  @Override
  public WriteRights.Purpose purpose() {
    return WriteRights.Purpose.RECORD;
  }

  @Override
  public String shownOn() {
    return "overview";
  }

  @Override
  public List<Field> fields(EntryContext c) {
    List<Field.Option> rounds = new ArrayList<>();
    for (ReportRound.Kind k : ReportRound.Kind.values()) {
      for (int n = 1; n <= k.perYear(); n++) {
        ReportRound round = new ReportRound(k, n);
        rounds.add(
            new Field.Option(k.name() + "-" + n, c.pick(round.thai(), round.toString())));
      }
    }
    List<Field.Option> subjects = new ArrayList<>();
    subjects.add(new Field.Option("", c.pick("ภาพรวมของแผน", "the whole plan")));
    for (KmGoal g : c.plan().goals()) {
      subjects.add(new Field.Option("" + g.number(), c.pick("เป้าหมาย KM ที่ ", "KM goal ") + g.number()));
      for (PlanActivity a : g.activities()) {
        subjects.add(
            new Field.Option(g.number() + "." + a.number(), g.number() + "." + a.number() + " " + a.name()));
      }
    }
    return List.of(
        Field.select("round", true, "entry.field.round", rounds),
        Field.select("subject", false, "entry.field.subject", subjects),
        Field.date("date", true, "entry.field.noteDate"),
        Field.textarea("problems", false, "entry.field.problems").hint("entry.hint.onePerLine"),
        Field.textarea("recommendations", false, "entry.field.recommendations")
            .hint("entry.hint.onePerLine"));
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    return Map.of(
        "round", Forms.query(query, "round"),
        "subject", Forms.query(query, "subject"),
        "date", DateInput.write(c.today()));
  }

  @Override
  public RecordKind correctedKind() {
    return RecordKind.MONITORING_NOTE;
  }

  @Override
  public Map<String, List<String>> valuesOf(YearRecord record, int version) {
    MonitoringNote n = (MonitoringNote) record;
    String subject =
        n.goal().isEmpty()
            ? ""
            : n.goal().getAsInt()
                + (n.activity().isPresent() ? "." + n.activity().getAsInt() : "");
    return CorrectableForm.values(n.id(), version,
        "round", n.round().kind().name() + "-" + n.round().number(), "subject", subject,
        "date", DateInput.write(n.date()), "problems", String.join("\n", n.problems()),
        "recommendations", String.join("\n", n.recommendations()));
  }

  /** The note stays the one who entered it first. */
  @Override
  public YearRecord corrected(YearRecord fromForm, YearRecord stored) {
    MonitoringNote n = (MonitoringNote) fromForm;
    return new MonitoringNote(
        n.id(), n.round(), n.date(), n.goal(), n.activity(), n.problems(), n.recommendations(),
        ((MonitoringNote) stored).enteredBy());
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    Optional<ReportRound> round = in.text("round", true).flatMap(t -> round(in, t));
    OptionalInt goal = OptionalInt.empty();
    OptionalInt activity = OptionalInt.empty();
    String subject = in.text("subject", false).orElse("");
    if (!subject.isEmpty()) {
      Optional<int[]> s = subject(c, subject);
      if (s.isEmpty()) {
        in.error("subject", "entry.error.noSuchSubject", subject);
      } else {
        goal = OptionalInt.of(s.get()[0]);
        activity = s.get()[1] == 0 ? OptionalInt.empty() : OptionalInt.of(s.get()[1]);
      }
    }
    Optional<LocalDate> date = Forms.dayOfYear(c, in, "date", true, false);
    List<String> problems = lines(in.text("problems", false).orElse(""));
    List<String> recommendations = lines(in.text("recommendations", false).orElse(""));
    if (problems.isEmpty() && recommendations.isEmpty()) {
      in.error("problems", "entry.error.noteEmpty");
    }
    if (!in.ok()) {
      return Optional.empty();
    }
    OptionalInt aboutGoal = goal;
    OptionalInt aboutActivity = activity;
    return Optional.of(
        Write.New.numbered("note", RecordKind.MONITORING_NOTE, c.records(), id ->
            new MonitoringNote(
                id,
                round.orElseThrow(),
                date.orElseThrow(),
                aboutGoal,
                aboutActivity,
                problems,
                recommendations,
                c.account().username())));
  }

  private static Optional<ReportRound> round(Input in, String text) {
    int dash = text.lastIndexOf('-');
    try {
      ReportRound.Kind kind = ReportRound.Kind.valueOf(text.substring(0, Math.max(dash, 0)));
      return Optional.of(new ReportRound(kind, Integer.parseInt(text.substring(dash + 1))));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      in.error("round", "entry.error.noSuchRound", text);
      return Optional.empty();
    }
  }

  /** The goal and activity (0 for none) a subject names, when the plan has them. */
  private static Optional<int[]> subject(EntryContext c, String text) {
    if (!text.matches("[0-9]{1,3}(\\.[0-9]{1,3})?")) {
      return Optional.empty();
    }
    String[] parts = text.split("\\.");
    int goal = Integer.parseInt(parts[0]);
    int activity = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    for (KmGoal g : c.plan().goals()) {
      if (g.number() == goal
          && (activity == 0 || g.activities().stream().anyMatch(a -> a.number() == activity))) {
        return Optional.of(new int[] {goal, activity});
      }
    }
    return Optional.empty();
  }

  /** The non-blank lines of a text area, each stripped. */
  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
