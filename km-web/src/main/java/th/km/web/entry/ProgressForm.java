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
import th.km.core.records.ActivityRef;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/** How far one activity of the plan has come. */
final class ProgressForm implements CorrectableForm {
  @Override public String slug() { return "progress-update"; }
  @Override public String collection() { return "progress-updates"; }
  @Override public String schema() { return "ProgressUpdateInput"; }
  @Override public String titleKey() { return "entry.progress.title"; }
  @Override public Access access() { return Access.EDITOR; }
  @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
  @Override public String shownOn() { return "overview"; }

  @Override
  public List<Field> fields(EntryContext c) {
    List<Field.Option> activities = new ArrayList<>();
    for (KmGoal g : c.plan().goals()) {
      for (PlanActivity a : g.activities()) {
        ActivityRef ref = new ActivityRef(g.number(), a.number());
        ProgressUpdate probe = new ProgressUpdate("probe", ref, c.today(), 0, "");
        if (WriteRights.refusal(c.account(), purpose(), probe, c.records(), c.plan()).isEmpty()) {
          activities.add(new Field.Option(ref.toString(), ref + " " + a.name()));
        }
      }
    }
    return List.of(
        Field.select("activity", true, "entry.field.activity", activities),
        Field.date("date", true, "entry.field.progressDate"),
        Field.number("percent", true, "entry.field.percent"),
        Field.textarea("narrative", true, "entry.field.narrative"));
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    return Map.of("activity", Forms.query(query, "activity"), "date", DateInput.write(c.today()));
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    Optional<String> text = in.text("activity", true);
    Optional<ActivityRef> activity = Optional.empty();
    if (text.isPresent()) {
      activity = activityOf(c, text.get());
      if (activity.isEmpty()) {
        in.error("activity", "entry.error.noSuchActivity", text.get());
      }
    }
    Optional<LocalDate> date = Forms.dayOfYear(c, in, "date", true, false);
    OptionalInt percent = in.number("percent", true, 0, 100);
    Optional<String> narrative = in.text("narrative", true);
    if (!in.ok()) {
      return Optional.empty();
    }
    ActivityRef of = activity.orElseThrow();
    return Optional.of(
        Write.New.numbered("progress", RecordKind.PROGRESS_UPDATE, c.records(), id ->
            new ProgressUpdate(
                id, of,
                date.orElseThrow(), percent.getAsInt(), narrative.orElseThrow())));
  }

  private static Optional<ActivityRef> activityOf(EntryContext c, String text) {
    if (!text.matches("[0-9]{1,3}\\.[0-9]{1,3}")) {
      return Optional.empty();
    }
    int dot = text.indexOf('.');
    int goal = Integer.parseInt(text.substring(0, dot));
    int number = Integer.parseInt(text.substring(dot + 1));
    if (goal < 1 || number < 1) {
      return Optional.empty();
    }
    boolean exists =
        c.plan().goals().stream()
            .anyMatch(g -> g.number() == goal && g.activities().stream().anyMatch(a -> a.number() == number));
    return exists ? Optional.of(new ActivityRef(goal, number)) : Optional.empty();
  }

  @Override public RecordKind correctedKind() { return RecordKind.PROGRESS_UPDATE; }

  @Override
  public Map<String, List<String>> valuesOf(YearRecord record, int version) {
    ProgressUpdate u = (ProgressUpdate) record;
    return CorrectableForm.values(u.id(), version,
        "activity", u.activity().toString(), "date", DateInput.write(u.date()),
        "percent", Integer.toString(u.percent()), "narrative", u.narrative());
  }
}

