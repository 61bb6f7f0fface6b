package th.km.web.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.Division;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.ResponsibleParty;
import th.km.core.plan.Responsibles;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecords;

/**
 * Who must act on an indicator in the attention list: the people behind the activity's responsible
 * text. A position is its holders among the staff records (or the committee member the plan seats
 * in it); a division's heads are its staff whose position heads it (ผู้อำนวยการ…, หัวหน้า…); a committee is
 * its chair. A monitoring rule is the monitoring committee's chair. When no person is known, the
 * responsible text itself is the answer.
 *
 * @param people the people's names with their positions, "นายสมชาย ใจดี (ผู้อำนวยการกองคลัง)"
 * @param responsible the plan's responsible text, verbatim, or the monitoring committee's name
 */
public record Accountable(List<String> people, String responsible) {

  public Accountable {
    people = List.copyOf(people);
  }

  /** The people accountable for the result as of the day, from the plan and the staff records. */
  public static Accountable of(KmPlan plan, YearRecords records, IndicatorResult result, LocalDate asOf) {
    if (!(result.subject() instanceof IndicatorSubject.Activity a)) {
      return new Accountable(
          committeeChair(plan, CommitteeKind.MONITORING_AND_EVALUATION).stream().toList(),
          plan.committee(CommitteeKind.MONITORING_AND_EVALUATION).map(c -> c.name()).orElse(""));
    }
    Optional<PlanActivity> activity =
        plan.goals().stream()
            .filter(g -> g.number() == a.goal())
            .map(KmGoal::activities)
            .flatMap(List::stream)
            .filter(x -> x.number() == a.activity())
            .findFirst();
    if (activity.isEmpty()) {
      return new Accountable(List.of(), "");
    }
    List<StaffMember> active = records.staff().stream().filter(s -> s.isActiveOn(asOf)).toList();
    Set<String> people = new LinkedHashSet<>();
    for (ResponsibleParty party : Responsibles.resolve(activity.get().responsible(), plan).parties()) {
      switch (party) {
        case ResponsibleParty.PositionHolder p -> {
          List<String> holders =
              active.stream()
                  .filter(s -> s.position().map(t -> same(t, p.position().title())).orElse(false))
                  .map(Accountable::named)
                  .toList();
          people.addAll(holders.isEmpty() ? seated(plan, p.position().title()) : holders);
        }
        case ResponsibleParty.DivisionHeads h -> people.addAll(heads(plan, active, h.divisions(), h.every()));
        case ResponsibleParty.Divisions d -> people.addAll(heads(plan, active, d.divisions(), d.every()));
        case ResponsibleParty.CommitteeParty c -> committeeChair(plan, c.kind()).ifPresent(people::add);
        case ResponsibleParty.DivisionStaff s -> people.addAll(heads(plan, active, s.divisions(), s.every()));
        case ResponsibleParty.Unknown u -> {}
      }
    }
    return new Accountable(new ArrayList<>(people), activity.get().responsible());
  }

  private static List<String> heads(
      KmPlan plan, List<StaffMember> active, List<Division> divisions, boolean every) {
    List<Division> named = every ? plan.divisions() : divisions;
    return active.stream()
        .filter(s -> s.division().map(d -> named.stream().anyMatch(n -> n.code().equals(d))).orElse(false))
        .filter(s -> s.position().map(Accountable::heads).orElse(false))
        .map(Accountable::named)
        .toList();
  }

  /** Whether a position title heads a division: ผู้อำนวยการกอง…, หัวหน้าสำนักปลัด…, ปลัด…. */
  private static boolean heads(String position) {
    String p = position.strip();
    return p.startsWith("ผู้อำนวยการ") || p.startsWith("หัวหน้าสำนัก") || p.startsWith("หัวหน้ากอง");
  }

  private static List<String> seated(KmPlan plan, String position) {
    return plan.committees().stream()
        .flatMap(c -> c.members().stream())
        .filter(m -> m.personName().isPresent() && m.position().map(t -> same(t, position)).orElse(false))
        .map(m -> m.personName().get() + " (" + m.position().get() + ")")
        .distinct()
        .toList();
  }

  private static Optional<String> committeeChair(KmPlan plan, CommitteeKind kind) {
    return plan.committee(kind).stream()
        .flatMap(c -> c.members().stream())
        .filter(m -> m.role() == CommitteeRole.CHAIR)
        .findFirst()
        .map(Accountable::named);
  }

  /** "นายสมชาย ใจดี (ปลัดเทศบาล)", or the position alone for a seat the plan names no one in. */
  private static String named(CommitteeMember m) {
    return m.personName()
        .map(n -> n + m.position().map(p -> " (" + p + ")").orElse(""))
        .orElseGet(() -> m.position().orElseThrow());
  }

  private static String named(StaffMember s) {
    return s.name() + s.position().map(p -> " (" + p + ")").orElse("");
  }

  private static boolean same(String a, String b) {
    return a.strip().replace(" ", "").toLowerCase(Locale.ROOT).equals(b.strip().replace(" ", "").toLowerCase(Locale.ROOT));
  }
}
