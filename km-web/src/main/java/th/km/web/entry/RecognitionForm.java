package th.km.web.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.entry.RecordCommands;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/** The recognition of a staff member. */
final class RecognitionForm implements CorrectableForm {
  @Override public String slug() { return "recognition"; }
  @Override public String collection() { return "recognitions"; }
  @Override public String schema() { return "RecognitionInput"; }
  @Override public String titleKey() { return "entry.recognition.title"; }
  @Override public Access access() { return Access.EDITOR; }
  @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
  @Override public String shownOn() { return "overview"; }

  @Override
  public List<Field> fields(EntryContext c) {
    return List.of(
        Field.select("personId", true, "entry.field.person", c.staffOptions()),
        Field.select("recognitionKind", true, "entry.field.recognitionKind",
            Forms.options(c, RecognitionKind.values(), RecognitionKind::thaiName, RecognitionKind::englishName)),
        Field.date("date", true, "entry.field.recognizedOn"));
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    return Map.of("date", DateInput.write(c.today()));
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    Optional<StaffMember> person = Forms.person(c, in, "personId");
    Optional<RecognitionKind> kind = in.choice("recognitionKind", RecognitionKind.class, true);
    Optional<LocalDate> date = Forms.dayOfYear(c, in, "date", true, false);
    if (!in.ok()) {
      return Optional.empty();
    }
    return Optional.of(
        Write.New.numbered("recognition", RecordKind.RECOGNITION, c.records(), id ->
            new Recognition(
                id, person.orElseThrow().id(),
                kind.orElseThrow(), date.orElseThrow())));
  }

  @Override public RecordKind correctedKind() { return RecordKind.RECOGNITION; }

  @Override
  public Map<String, List<String>> valuesOf(YearRecord record, int version) {
    Recognition r = (Recognition) record;
    return CorrectableForm.values(r.id(), version,
        "personId", r.personId(), "recognitionKind", r.recognitionKind().name(),
        "date", DateInput.write(r.date()));
  }
}

