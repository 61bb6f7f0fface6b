package th.km.web.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.entry.RecordCommands;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/**
 * A post-training report (แบบรายงานผลการฝึกอบรม) handed in to the first supervisor: the day, and
 * what the printed form asks the trainee to write: where the training was (one line), what was
 * learned and how it will be used (long text). Those three may be left blank; the printed form
 * then keeps its dotted lines for them.
 */
final class TrainingReportForm implements CorrectableForm {

  @Override
  public String slug() {
    return "training-report";
  }

  @Override
  public String collection() {
    return "training-reports";
  }

  @Override
  public String schema() {
    return "TrainingReportInput";
  }

  @Override
  public String titleKey() {
    return "entry.report.title";
  }

  @Override
  public Access access() {
    return Access.RECORDER;
  }

  @Override
  public WriteRights.Purpose purpose() {
    return WriteRights.Purpose.RECORD;
  }

  @Override
  public String shownOn() {
    return "trainings";
  }

  @Override
  public List<Field> fields(EntryContext c) {
    List<Field.Option> open = new ArrayList<>();
    for (Training t : c.records().trainings()) {
      boolean mine =
          c.records()
              .staffMember(t.personId())
              .map(p -> WriteRights.mayConcern(c.account(), p))
              .orElse(false);
      if (mine && c.records().reportsOf(t.id()).isEmpty()) {
        String who = c.records().staffMember(t.personId()).map(StaffMember::name).orElse(t.personId());
        open.add(new Field.Option(t.id(), t.title() + " · " + who + " · " + c.date(t.returned())));
      }
    }
    return List.of(
        Field.select("trainingId", true, "entry.field.training", open),
        Field.date("submittedOn", true, "entry.field.submittedOn"),
        Field.text("place", false, "entry.field.place"),
        Field.textarea("learned", false, "entry.field.learned"),
        Field.textarea("plannedUse", false, "entry.field.plannedUse"));
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    return Map.of(
        "trainingId", Forms.query(query, "training"), "submittedOn", DateInput.write(c.today()));
  }

  @Override
  public RecordKind correctedKind() {
    return RecordKind.TRAINING_REPORT;
  }

  @Override
  public Map<String, List<String>> valuesOf(YearRecord record, int version) {
    TrainingReport r = (TrainingReport) record;
    return CorrectableForm.values(r.id(), version,
        "trainingId", r.trainingId(), "submittedOn", DateInput.write(r.submittedOn()),
        "place", r.place().orElse(""), "learned", r.learned().orElse(""),
        "plannedUse", r.plannedUse().orElse(""));
  }

  /** The sign-offs are added on their own form, and a correction of the report keeps them. */
  @Override
  public YearRecord corrected(YearRecord fromForm, YearRecord stored) {
    return TrainingReport.builder()
        .from((TrainingReport) fromForm)
        .signOffs(((TrainingReport) stored).signOffs())
        .build();
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    Optional<Training> training = Forms.training(c, in, "trainingId");
    Optional<LocalDate> submitted = Forms.dayOfYear(c, in, "submittedOn", true, false);
    Optional<String> place = in.text("place", false);
    Optional<String> learned = in.text("learned", false);
    Optional<String> plannedUse = in.text("plannedUse", false);
    if (training.isPresent() && !c.records().reportsOf(training.get().id()).isEmpty()) {
      in.error("trainingId", "entry.error.reportExists", training.get().title());
    }
    if (training.isPresent()
        && submitted.isPresent()
        && submitted.get().isBefore(training.get().start())) {
      in.error("submittedOn", "entry.error.beforeTraining", submitted.get(), training.get().start());
    }
    if (!in.ok()) {
      return Optional.empty();
    }
    return Optional.of(
        Write.New.numbered(
            "report",
            RecordKind.TRAINING_REPORT,
            c.records(),
            id ->
                TrainingReport.builder()
                    .id(id)
                    .trainingId(training.orElseThrow().id())
                    .submittedOn(submitted.orElseThrow())
                    .place(place)
                    .learned(learned)
                    .plannedUse(plannedUse)
                    .build()));
  }
}
