package th.km.web.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import th.km.core.entry.RecordCommands;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/** A supervisor's scores of a person's work before and after a training. */
final class RatingForm implements CorrectableForm {
  @Override public String slug() { return "supervisor-rating"; }
  @Override public String collection() { return "supervisor-ratings"; }
  @Override public String schema() { return "SupervisorRatingInput"; }
  @Override public String titleKey() { return "entry.rating.title"; }
  @Override public Access access() { return Access.EDITOR; }
  @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
  @Override public String shownOn() { return "overview"; }

  @Override
  public List<Field> fields(EntryContext c) {
    List<Field.Option> trainings = new ArrayList<>();
    for (Training t : c.records().trainings()) {
      boolean mine =
          c.records().staffMember(t.personId()).map(p -> WriteRights.mayConcern(c.account(), p)).orElse(false);
      if (mine) {
        String who = c.records().staffMember(t.personId()).map(StaffMember::name).orElse(t.personId());
        trainings.add(new Field.Option(t.id(), t.title() + " · " + who));
      }
    }
    return List.of(
        Field.select("trainingId", true, "entry.field.training", trainings),
        Field.number("before", true, "entry.field.scoreBefore"),
        Field.number("after", true, "entry.field.scoreAfter"),
        Field.date("ratedOn", true, "entry.field.ratedOn"));
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    return Map.of("trainingId", Forms.query(query, "training"), "ratedOn", DateInput.write(c.today()));
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    Optional<Training> training = Forms.training(c, in, "trainingId");
    OptionalInt before = in.number("before", true, 0, Forms.MAX_SCORE);
    OptionalInt after = in.number("after", true, 0, Forms.MAX_SCORE);
    Optional<LocalDate> rated = Forms.dayOfYear(c, in, "ratedOn", true, false);
    if (!in.ok()) {
      return Optional.empty();
    }
    return Optional.of(
        Write.New.numbered("rating", RecordKind.SUPERVISOR_RATING, c.records(), id ->
            new SupervisorRating(
                id, training.orElseThrow().id(),
                before.getAsInt(), after.getAsInt(), rated.orElseThrow())));
  }

  @Override public RecordKind correctedKind() { return RecordKind.SUPERVISOR_RATING; }

  @Override
  public Map<String, List<String>> valuesOf(YearRecord record, int version) {
    SupervisorRating r = (SupervisorRating) record;
    return CorrectableForm.values(r.id(), version,
        "trainingId", r.trainingId(), "before", Integer.toString(r.before()),
        "after", Integer.toString(r.after()), "ratedOn", DateInput.write(r.ratedOn()));
  }
}

