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

  private static final PersonChoiceDay<RecognitionKind> HEAD =
      new PersonChoiceDay<>(
          "recognitionKind", "entry.field.recognitionKind", RecognitionKind.class,
          RecognitionKind::thaiName, RecognitionKind::englishName, "entry.field.recognizedOn");

  @Override
  public List<Field> fields(EntryContext c) {
    return HEAD.fields(c);
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    return Map.of("date", DateInput.write(c.today()));
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    PersonChoiceDay.Read<RecognitionKind> head = HEAD.read(c, in);
    Optional<StaffMember> person = head.person();
    Optional<RecognitionKind> kind = head.choice();
    Optional<LocalDate> date = head.day();
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

