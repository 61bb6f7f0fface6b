package th.km.web.entry;

import java.util.List;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.ResponsibleParty;
import th.km.core.plan.Responsibles;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Recognition;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;

/**
 * Who may write which record, checked on the server for every write, whatever the form showed:
 * the secretary writes every record; a division head the records of the own division; a member of
 * staff the own trainings, training reports (without sign-offs) and acknowledgements; the CKO and
 * the chair sign reports off and approve the plan, and write nothing else. Signing a report off
 * is open to the secretary, the chair, the CKO and the head of the trainee's division.
 */
public final class WriteRights {

  /** What a write does to a record. */
  public enum Purpose {
    /** Records something that happened, or corrects it. */
    RECORD,
    /** Adds a signature to a training report's routing. */
    SIGN_OFF
  }

  private WriteRights() {}

  /**
   * Why the account may not write the record, as a message key with its arguments; empty when it
   * may. {@code year} is the year as stored, to find the person and division a record concerns.
   */
  public static Optional<FieldError> refusal(
      Account account, Purpose purpose, YearRecord record, YearRecords year, KmPlan plan) {
    Role role = account.role();
    if (role == Role.SECRETARY) {
      return Optional.empty();
    }
    if (record instanceof MonitoringNote || record instanceof EvaluationReport) {
      // Problems, recommendations and reports are the M&E committee's: its secretary, chair and CKO.
      return role == Role.CKO || role == Role.CHAIR
          ? Optional.empty()
          : Optional.of(FieldError.of("", "entry.denied.committeeOnly"));
    }
    if (purpose == Purpose.SIGN_OFF) {
      return switch (role) {
        case CKO, CHAIR, SECRETARY -> Optional.empty();
        case DIVISION_HEAD -> ownDivision(account, record, year, plan);
        case STAFF -> Optional.of(FieldError.of("", "entry.denied.signOff"));
      };
    }
    return switch (role) {
      case CKO, CHAIR -> Optional.of(FieldError.of("", "entry.denied.approverRecords"));
      case SECRETARY -> Optional.empty();
      case DIVISION_HEAD -> ownDivision(account, record, year, plan);
      case STAFF -> ownRecord(account, record, year);
    };
  }

  /**
   * Why the account may not send the values, judged by the records they name: every value of a
   * choice field (select, checkboxes, hidden) that is the id of a stored record must be one the
   * account may write about: a division head names only the own division's staff (as trainee,
   * author or attendee) and records, staff only themselves. Empty when every named record is
   * allowed. Checked before the fields are read, so that the answer is a 403 and not a field
   * message about what is stored.
   */
  public static Optional<FieldError> referenceRefusal(
      Account account, Purpose purpose, List<Field> fields, Input input, YearRecords year, KmPlan plan) {
    if (account.role() == Role.SECRETARY) {
      return Optional.empty();
    }
    for (Field f : fields) {
      if (f.kind() != Field.Kind.SELECT && f.kind() != Field.Kind.CHECKBOXES && f.kind() != Field.Kind.HIDDEN) {
        continue;
      }
      for (String value : input.sent(f.name())) {
        Optional<YearRecord> named = year.byId(value);
        if (named.isEmpty()) {
          continue;
        }
        Optional<FieldError> refused =
            named.get() instanceof StaffMember person
                ? (mayConcern(account, person) || purpose == Purpose.SIGN_OFF
                    ? Optional.empty()
                    : Optional.of(
                        account.role() == Role.DIVISION_HEAD
                            ? FieldError.of(f.name(), "entry.denied.otherDivisionStaff", person.id())
                            : FieldError.of(f.name(), "entry.denied.ownRecords")))
                : refusal(account, purpose, named.get(), year, plan);
        if (refused.isPresent()) {
          return refused;
        }
      }
    }
    return Optional.empty();
  }

  /** The staff members whose records the account may write, for the choices of a form. */
  public static List<StaffMember> staffFor(Account account, YearRecords year) {
    return year.staff().stream().filter(s -> mayConcern(account, s)).toList();
  }

  /** Whether the account may write records about the staff member. */
  public static boolean mayConcern(Account account, StaffMember person) {
    return switch (account.role()) {
      case SECRETARY -> true;
      case DIVISION_HEAD -> person.division().equals(account.division());
      case STAFF -> account.staffId().filter(person.id()::equals).isPresent();
      case CKO, CHAIR -> false;
    };
  }

  /**
   * The division a record belongs to: its own, its person's, its training's person's, or (an
   * access) its asset's.
   */
  public static Optional<DivisionCode> divisionOf(YearRecord record, YearRecords year) {
    return switch (record) {
      case StaffMember s -> s.division();
      case KnowledgeAsset a -> a.division();
      case AccessEvent e -> year.knowledgeAsset(e.assetId()).flatMap(KnowledgeAsset::division);
      case Meeting m -> m.division();
      case Training t -> personDivision(t.personId(), year);
      case TrainingReport r -> trainingDivision(r.trainingId(), year);
      case SupervisorRating r -> trainingDivision(r.trainingId(), year);
      case Acknowledgement a -> personDivision(a.personId(), year);
      case Recognition r -> personDivision(r.personId(), year);
      default -> Optional.empty();
    };
  }

  private static Optional<FieldError> ownDivision(
      Account account, YearRecord record, YearRecords year, KmPlan plan) {
    DivisionCode own = account.division().orElseThrow();
    if (record instanceof ProgressUpdate p) {
      return responsibleFor(own, p, plan)
          ? Optional.empty()
          : Optional.of(FieldError.of("", "entry.denied.activityOfOtherDivision", p.activity().toString()));
    }
    Optional<DivisionCode> division = divisionOf(record, year);
    if (division.isPresent() && division.get().equals(own)) {
      return Optional.empty();
    }
    return Optional.of(FieldError.of("", "entry.denied.otherDivision", own.value()));
  }

  private static Optional<FieldError> ownRecord(Account account, YearRecord record, YearRecords year) {
    if (account.staffId().isEmpty()) {
      return Optional.of(FieldError.of("", "entry.denied.noStaffId"));
    }
    String me = account.staffId().get();
    Optional<String> person =
        switch (record) {
          case Training t -> Optional.of(t.personId());
          case TrainingReport r -> year.training(r.trainingId()).map(Training::personId);
          case Acknowledgement a -> Optional.of(a.personId());
          default -> Optional.empty();
        };
    boolean staffKind =
        record instanceof Training || record instanceof TrainingReport || record instanceof Acknowledgement;
    if (!staffKind) {
      return Optional.of(FieldError.of("", "entry.denied.staffKinds"));
    }
    if (record instanceof TrainingReport r && !r.signOffs().isEmpty()) {
      return Optional.of(FieldError.of("", "entry.denied.signOff"));
    }
    return person.filter(me::equals).isPresent()
        ? Optional.empty()
        : Optional.of(FieldError.of("", "entry.denied.ownRecords"));
  }

  private static boolean responsibleFor(DivisionCode own, ProgressUpdate update, KmPlan plan) {
    for (KmGoal g : plan.goals()) {
      if (g.number() != update.activity().goal()) {
        continue;
      }
      for (PlanActivity a : g.activities()) {
        if (a.number() == update.activity().activity()) {
          return responsibleFor(own, a, plan);
        }
      }
    }
    return false;
  }

  /** Whether the division is among those the plan makes responsible for the activity. */
  public static boolean responsibleFor(DivisionCode own, PlanActivity activity, KmPlan plan) {
    return Responsibles.resolve(activity.responsible(), plan).parties().stream()
        .anyMatch(p -> covers(p, own));
  }

  private static boolean covers(ResponsibleParty party, DivisionCode own) {
    return switch (party) {
      case ResponsibleParty.Divisions d -> d.every() || d.divisions().stream().anyMatch(x -> x.code().equals(own));
      case ResponsibleParty.DivisionHeads d -> d.every() || d.divisions().stream().anyMatch(x -> x.code().equals(own));
      case ResponsibleParty.DivisionStaff d -> d.every() || d.divisions().stream().anyMatch(x -> x.code().equals(own));
      case ResponsibleParty.PositionHolder p -> p.divisions().stream().anyMatch(x -> x.code().equals(own));
      case ResponsibleParty.CommitteeParty c -> false;
      case ResponsibleParty.Unknown u -> false;
    };
  }

  private static Optional<DivisionCode> personDivision(String personId, YearRecords year) {
    return year.staffMember(personId).flatMap(StaffMember::division);
  }

  private static Optional<DivisionCode> trainingDivision(String trainingId, YearRecords year) {
    return year.training(trainingId).flatMap(t -> personDivision(t.personId(), year));
  }
}
