package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which fields of two versions of one record differ, named as the records folder names them
 * ({@code name}, {@code division}, {@code attendeeIds}), so that a person told that a record
 * changed can find the field in the file.
 */
public final class RecordDifferences {

  private RecordDifferences() {}

  /**
   * The fields in which {@code after} differs from {@code before}, in the order the records folder
   * writes them; empty exactly when the two are equal. The id is compared like any other field.
   *
   * @throws IllegalArgumentException when the two records are of different kinds
   */
  public static List<String> between(YearRecord before, YearRecord after) {
    checkArgument(
        before.kind() == after.kind(),
        "cannot compare %s %s with %s %s",
        before.kind().englishName(),
        before.id(),
        after.kind().englishName(),
        after.id());
    Fields f = new Fields();
    f.compare("id", before.id(), after.id());
    switch (before) {
      case StaffMember a -> {
        StaffMember b = (StaffMember) after;
        f.compare("name", a.name(), b.name());
        f.compare("category", a.category(), b.category());
        f.compare("division", a.division(), b.division());
        f.compare("position", a.position(), b.position());
        f.compare("birthDate", a.birthDate(), b.birthDate());
        f.compare("retirementDate", a.retirementDate(), b.retirementDate());
        f.compare("activeFrom", a.activeFrom(), b.activeFrom());
        f.compare("activeUntil", a.activeUntil(), b.activeUntil());
      }
      case Training a -> {
        Training b = (Training) after;
        f.compare("personId", a.personId(), b.personId());
        f.compare("title", a.title(), b.title());
        f.compare("kind", a.trainingKind(), b.trainingKind());
        f.compare("setting", a.setting(), b.setting());
        f.compare("start", a.start(), b.start());
        f.compare("end", a.end(), b.end());
        f.compare("returned", a.returned(), b.returned());
      }
      case TrainingReport a -> {
        TrainingReport b = (TrainingReport) after;
        f.compare("trainingId", a.trainingId(), b.trainingId());
        f.compare("submittedOn", a.submittedOn(), b.submittedOn());
        f.compare("signOffs", a.signOffs(), b.signOffs());
        f.compare("place", a.place(), b.place());
        f.compare("learned", a.learned(), b.learned());
        f.compare("plannedUse", a.plannedUse(), b.plannedUse());
      }
      case SupervisorRating a -> {
        SupervisorRating b = (SupervisorRating) after;
        f.compare("trainingId", a.trainingId(), b.trainingId());
        f.compare("before", a.before(), b.before());
        f.compare("after", a.after(), b.after());
        f.compare("ratedOn", a.ratedOn(), b.ratedOn());
      }
      case KnowledgeAsset a -> {
        KnowledgeAsset b = (KnowledgeAsset) after;
        f.compare("title", a.title(), b.title());
        f.compare("kind", a.assetKind(), b.assetKind());
        f.compare("withFlowchart", a.withFlowchart(), b.withFlowchart());
        f.compare("division", a.division(), b.division());
        f.compare("authorIds", a.authorIds(), b.authorIds());
        f.compare("createdOn", a.createdOn(), b.createdOn());
        f.compare("reviewedOn", a.reviewedOn(), b.reviewedOn());
        f.compare("publications", a.publications(), b.publications());
      }
      case Meeting a -> {
        Meeting b = (Meeting) after;
        f.compare("kind", a.meetingKind(), b.meetingKind());
        f.compare("title", a.title(), b.title());
        f.compare("date", a.date(), b.date());
        f.compare("division", a.division(), b.division());
        f.compare("attendeeIds", a.attendeeIds(), b.attendeeIds());
        f.compare("otherAttendees", a.otherAttendees(), b.otherAttendees());
      }
      case Acknowledgement a -> {
        Acknowledgement b = (Acknowledgement) after;
        f.compare("personId", a.personId(), b.personId());
        f.compare("topic", a.topic(), b.topic());
        f.compare("date", a.date(), b.date());
      }
      case AccessEvent a -> {
        AccessEvent b = (AccessEvent) after;
        f.compare("assetId", a.assetId(), b.assetId());
        f.compare("channel", a.channel(), b.channel());
        f.compare("date", a.date(), b.date());
        f.compare("hits", a.hits(), b.hits());
      }
      case Recognition a -> {
        Recognition b = (Recognition) after;
        f.compare("personId", a.personId(), b.personId());
        f.compare("kind", a.recognitionKind(), b.recognitionKind());
        f.compare("date", a.date(), b.date());
      }
      case ProgressUpdate a -> {
        ProgressUpdate b = (ProgressUpdate) after;
        f.compare("goal", a.activity().goal(), b.activity().goal());
        f.compare("activity", a.activity().activity(), b.activity().activity());
        f.compare("date", a.date(), b.date());
        f.compare("percent", a.percent(), b.percent());
        f.compare("narrative", a.narrative(), b.narrative());
      }
      case EvaluationReport a -> {
        EvaluationReport b = (EvaluationReport) after;
        f.compare("submittedOn", a.submittedOn(), b.submittedOn());
        f.compare("recipient", a.recipient(), b.recipient());
        f.compare("recommendations", a.recommendations(), b.recommendations());
      }
      case MonitoringNote a -> {
        MonitoringNote b = (MonitoringNote) after;
        f.compare("round", a.round().kind(), b.round().kind());
        f.compare("roundNumber", a.round().number(), b.round().number());
        f.compare("date", a.date(), b.date());
        f.compare("goal", a.goal(), b.goal());
        f.compare("activity", a.activity(), b.activity());
        f.compare("problems", a.problems(), b.problems());
        f.compare("recommendations", a.recommendations(), b.recommendations());
        f.compare("enteredBy", a.enteredBy(), b.enteredBy());
      }
      default ->
          throw new IllegalArgumentException(
              "no field list for " + before.getClass().getName() + ", a new kind of record");
    }
    return f.names;
  }

  private static final class Fields {
    private final List<String> names = new ArrayList<>();

    void compare(String name, Object before, Object after) {
      if (!Objects.equals(before, after)) {
        names.add(name);
      }
    }
  }
}
