package th.km.web.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.entry.RecordCommands;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/** A training, seminar, study visit or further study one person was sent to. */
final class TrainingForm implements CorrectableForm {
  @Override public String slug() { return "training"; }
  @Override public String collection() { return "trainings"; }
  @Override public String schema() { return "TrainingInput"; }
  @Override public String titleKey() { return "entry.training.title"; }
  @Override public Access access() { return Access.RECORDER; }
  @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
  @Override public String shownOn() { return "trainings"; }

  @Override
  public List<Field> fields(EntryContext c) {
    return List.of(
        Field.select("personId", true, "entry.field.person", c.staffOptions()),
        Field.text("title", true, "entry.field.courseTitle"),
        Field.select("trainingKind", true, "entry.field.trainingKind",
            Forms.options(c, TrainingKind.values(), TrainingKind::thaiName, TrainingKind::englishName)),
        Field.select("setting", true, "entry.field.setting",
            Forms.options(c, TrainingSetting.values(), TrainingSetting::thaiName, TrainingSetting::englishName)),
        Field.date("start", true, "entry.field.start"),
        Field.date("end", true, "entry.field.end"),
        Field.date("returned", false, "entry.field.returned").hint("entry.hint.returned"));
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    return Map.of("personId", Forms.staffChoice(c), "trainingKind", "TRAINING", "setting", "EXTERNAL");
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    Optional<StaffMember> person = Forms.person(c, in, "personId");
    Optional<String> title = in.text("title", true);
    Optional<TrainingKind> kind = in.choice("trainingKind", TrainingKind.class, true);
    Optional<TrainingSetting> setting = in.choice("setting", TrainingSetting.class, true);
    Optional<LocalDate> start = Forms.dayOfYear(c, in, "start", true, true);
    Optional<LocalDate> end = in.date("end", true);
    Optional<LocalDate> returned = in.date("returned", false);
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      in.error("end", "entry.error.endBeforeStart", end.get(), start.get());
    }
    if (start.isPresent() && returned.isPresent() && returned.get().isBefore(start.get())) {
      in.error("returned", "entry.error.returnedBeforeStart", returned.get(), start.get());
    }
    if (!in.ok()) {
      return Optional.empty();
    }
    return Optional.of(
        Write.New.numbered("training", RecordKind.TRAINING, c.records(), id ->
            new Training(
                id, person.orElseThrow().id(),
                title.orElseThrow(), kind.orElseThrow(), setting.orElseThrow(), start.orElseThrow(),
                end.orElseThrow(), returned.orElse(end.orElseThrow()))));
  }

  @Override public RecordKind correctedKind() { return RecordKind.TRAINING; }

  @Override
  public Map<String, List<String>> valuesOf(YearRecord record, int version) {
    Training t = (Training) record;
    return CorrectableForm.values(t.id(), version,
        "personId", t.personId(), "title", t.title(), "trainingKind", t.trainingKind().name(),
        "setting", t.setting().name(), "start", DateInput.write(t.start()),
        "end", DateInput.write(t.end()), "returned", DateInput.write(t.returned()));
  }
}

