package th.km.web.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.entry.RecordCommands;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/** A person's acknowledgement of the organization's KM goals or principles. */
final class AcknowledgementForm implements CorrectableForm {
  @Override public String slug() { return "acknowledgement"; }
  @Override public String collection() { return "acknowledgements"; }
  @Override public String schema() { return "AcknowledgementInput"; }
  @Override public String titleKey() { return "entry.acknowledgement.title"; }
  @Override public Access access() { return Access.RECORDER; }
  @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
  @Override public String shownOn() { return "overview"; }

  private static final PersonChoiceDay<AcknowledgementTopic> HEAD =
      new PersonChoiceDay<>(
          "topic", "entry.field.topic", AcknowledgementTopic.class, AcknowledgementTopic::thaiName,
          AcknowledgementTopic::englishName, "entry.field.acknowledgedOn");

  @Override
  public List<Field> fields(EntryContext c) {
    return HEAD.fields(c);
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    return Map.of(
        "personId", Forms.staffChoice(c),
        "topic", Forms.query(query, "topic").isEmpty() ? AcknowledgementTopic.KM_GOALS.name() : Forms.query(query, "topic"),
        "date", DateInput.write(c.today()));
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    PersonChoiceDay.Read<AcknowledgementTopic> head = HEAD.read(c, in);
    Optional<StaffMember> person = head.person();
    Optional<AcknowledgementTopic> topic = head.choice();
    Optional<LocalDate> date = head.day();
    if (person.isPresent() && topic.isPresent()) {
      boolean already =
          c.records().acknowledgements().stream()
              .anyMatch(a -> a.personId().equals(person.get().id()) && a.topic() == topic.get());
      if (already) {
        in.error("topic", "entry.error.alreadyAcknowledged", person.get().name());
      }
    }
    if (!in.ok()) {
      return Optional.empty();
    }
    return Optional.of(
        Write.New.numbered("ack", RecordKind.ACKNOWLEDGEMENT, c.records(), id ->
            new Acknowledgement(
                id, person.orElseThrow().id(),
                topic.orElseThrow(), date.orElseThrow())));
  }

  @Override public RecordKind correctedKind() { return RecordKind.ACKNOWLEDGEMENT; }

  @Override
  public Map<String, List<String>> valuesOf(YearRecord record, int version) {
    Acknowledgement a = (Acknowledgement) record;
    return CorrectableForm.values(a.id(), version,
        "personId", a.personId(), "topic", a.topic().name(), "date", DateInput.write(a.date()));
  }
}

