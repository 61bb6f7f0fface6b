package th.km.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import th.km.core.LocalizedText;
import th.km.core.calendar.DateRange;
import th.km.core.indicator.CoverageSet;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.Population;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecord;

/**
 * Evaluates the rules that measure a share of members: a percentage of a staff population with a
 * qualifying record, and the coverage of a set (divisions, positions, active staff) by qualifying
 * records. The members are counted as of the as-of day; see {@link RuleEvaluator}.
 */
final class ShareRuleEvaluator {

  private final KmPlan plan;
  private final Selection selection;
  /**
   * The populations worked out so far in this evaluation: a plan's percentages mostly count the
   * same staff (the active staff in the fiscal year) against different records.
   */
  private final Map<PopulationKey, List<String>> populations = new HashMap<>();

  /** What a population depends on, the evaluation's records aside. */
  private record PopulationKey(Population population, DateRange period, LocalDate upTo) {
    // Written out: a record's own equals and hashCode run through method handles (see TallyKey).
    @Override
    public boolean equals(Object o) {
      return o instanceof PopulationKey k
          && population.equals(k.population)
          && period.equals(k.period)
          && upTo.equals(k.upTo);
    }

    @Override
    public int hashCode() {
      return (31 * population.hashCode() + period.hashCode()) * 31 + upTo.hashCode();
    }
  }

  ShareRuleEvaluator(KmPlan plan, Selection selection) {
    this.plan = plan;
    this.selection = selection;
  }

  /**
   * The population's staff ids, sorted. Staff retiring or turning 60 are those whose day has come
   * by the as-of day: the others need not have been recognized yet. Retirement falls at the end of
   * the fiscal year in which the person turns 60 ({@link StaffMember#retiresOn()}); a person who
   * left before the period, or who left service before that day (resigned before turning 60), is
   * not eligible.
   */
  private List<String> population(Population p, DateRange period, LocalDate upTo) {
    return populations.computeIfAbsent(
        new PopulationKey(p, period, upTo), k -> populationOnce(p, period, upTo));
  }

  private List<String> populationOnce(Population p, DateRange period, LocalDate upTo) {
    Optional<DateRange> sofar =
        upTo.isBefore(period.start())
            ? Optional.empty()
            : Optional.of(new DateRange(period.start(), upTo));
    Set<String> members = new TreeSet<>();
    for (StaffMember s : selection.records().staff()) {
      if (inPopulation(s, p, period, upTo, sofar)) {
        members.add(s.id());
      }
    }
    return List.copyOf(members);
  }

  /**
   * Whether the staff member is one of the population; a call per member, which the JIT compiles
   * early. The retirement and the 60th birthday are worked out only for the kinds that ask.
   */
  private boolean inPopulation(
      StaffMember s, Population p, DateRange period, LocalDate upTo, Optional<DateRange> sofar) {
    if (!selection.personMatches(s.id(), p.staffFilter())) {
      return false;
    }
    if (s.activeUntil().isPresent() && s.activeUntil().get().isBefore(period.start())) {
      return false; // left before the period: not one of its staff
    }
    return switch (p.kind()) {
      case ACTIVE_STAFF -> s.isActiveOn(upTo);
      case RETIRING -> retiring(s, sofar);
      case TURNING_SIXTY -> sixty(s, sofar);
      case RETIRING_OR_TURNING_SIXTY -> retiring(s, sofar) || sixty(s, sofar);
    };
  }

  private static boolean retiring(StaffMember s, Optional<DateRange> sofar) {
    return fallsIn(s.retiresOn(), sofar) && s.isActiveOn(s.retiresOn().orElseThrow());
  }

  private static boolean sixty(StaffMember s, Optional<DateRange> sofar) {
    return fallsIn(s.sixtiethBirthday(), sofar) && s.isActiveOn(s.sixtiethBirthday().orElseThrow());
  }

  private static boolean fallsIn(Optional<LocalDate> day, Optional<DateRange> range) {
    return day.isPresent() && range.isPresent() && range.get().contains(day.get());
  }

  Outcome percentage(
      IndicatorRule.Percentage p, DateRange period, LocalDate upTo, Elapsed elapsed) {
    List<String> members = population(p.population(), period, upTo);
    LocalizedText who =
        LocalizedText.of(p.population().kind().thaiName(), p.population().kind().englishName());
    if (members.isEmpty()) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noMembers(who.th(), who.en()));
    }
    if (!selection.anyRecorded(p.qualifying().kind(), upTo)) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noData(p.qualifying().kind()));
    }
    Set<String> memberSet = new HashSet<>(members);
    Set<String> covered = new HashSet<>();
    SortedIds ids = new SortedIds();
    for (YearRecord r : selection.select(p.qualifying(), period, upTo)) {
      for (String person : selection.records().personsOf(r)) {
        if (memberSet.contains(person)) {
          covered.add(person);
          ids.add(r.id());
          ids.addReferenced(person);
        }
      }
    }
    Quantity q = Quantity.share(covered.size(), members.size());
    Judge.Judgement j = Judge.judge(q, p.percentTarget(), elapsed);
    LocalizedText what = Texts.describe(p.qualifying(), plan);
    LocalizedText measured =
        LocalizedText.of(
            who.th() + " " + members.size() + " คน มี" + what.th() + " " + covered.size()
                + " คน คิดเป็น" + q.thai(),
            covered.size() + " of " + members.size() + " " + who.en() + " have " + what.en()
                + ": " + q.english());
    return new Outcome(
        j.status(), Optional.of(q), ValueUnit.PERCENT, Texts.join(measured, j.why()), ids.toList());
  }

  Outcome coverage(
      IndicatorRule.Coverage c, DateRange period, LocalDate upTo, Elapsed elapsed) {
    List<String> members = new ArrayList<>();
    List<String> thaiNames = new ArrayList<>();
    switch (c.set()) {
      case DIVISIONS -> {
        for (Division d : plan.divisions()) {
          members.add(d.code().value());
          thaiNames.add(d.name());
        }
      }
      case POSITIONS -> {
        Set<String> positions = new TreeSet<>();
        for (StaffMember s : selection.records().staff()) {
          if (s.isActiveOn(upTo)) {
            s.position().ifPresent(positions::add);
          }
        }
        members.addAll(positions);
        thaiNames.addAll(positions);
      }
      case ACTIVE_STAFF -> {
        Set<String> staff = new TreeSet<>();
        for (StaffMember s : selection.records().staff()) {
          if (s.isActiveOn(upTo)) {
            staff.add(s.id());
          }
        }
        members.addAll(staff);
        thaiNames.addAll(staff);
      }
    }
    if (members.isEmpty()) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noMembers(c.set().thaiName(), c.set().englishName()));
    }
    if (!selection.anyRecorded(c.qualifying().kind(), upTo)) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noData(c.qualifying().kind()));
    }
    Set<String> memberSet = new HashSet<>(members);
    Set<String> covered = new HashSet<>();
    SortedIds ids = new SortedIds();
    for (YearRecord r : selection.select(c.qualifying(), period, upTo)) {
      for (String key : keys(c.set(), r)) {
        if (memberSet.contains(key)) {
          covered.add(key);
          ids.add(r.id());
        }
      }
    }
    List<String> missingTh = new ArrayList<>();
    List<String> missingEn = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      if (!covered.contains(members.get(i))) {
        missingTh.add(thaiNames.get(i));
        missingEn.add(members.get(i));
      }
    }
    Quantity q = Quantity.share(covered.size(), members.size());
    Judge.Judgement j = Judge.judge(q, c.target().orElseThrow(), elapsed);
    LocalizedText what = Texts.describe(c.qualifying(), plan);
    LocalizedText measured =
        LocalizedText.of(
            "มี" + what.th() + " " + covered.size() + " จาก " + members.size() + " "
                + c.set().thaiName(),
            covered.size() + " of " + members.size() + " " + c.set().englishName() + " have "
                + what.en());
    LocalizedText reason =
        missingTh.isEmpty()
            ? Texts.join(measured, j.why())
            : Texts.join(
                measured,
                LocalizedText.of(
                    "ยังขาด: " + Texts.list(missingTh, missingEn).th(),
                    "missing: " + Texts.list(missingTh, missingEn).en()),
                j.why());
    return new Outcome(j.status(), Optional.of(q), ValueUnit.PERCENT, reason, ids.toList());
  }

  /** The members of the set a record covers. */
  private Set<String> keys(CoverageSet set, YearRecord r) {
    Set<String> keys = new HashSet<>();
    switch (set) {
      case DIVISIONS -> {
        for (DivisionCode d : selection.divisionsOf(r)) {
          keys.add(d.value());
        }
      }
      case POSITIONS -> {
        for (String p : selection.records().personsOf(r)) {
          selection.records().staffMember(p).flatMap(StaffMember::position).ifPresent(keys::add);
        }
      }
      case ACTIVE_STAFF -> keys.addAll(selection.records().personsOf(r));
    }
    return keys;
  }
}
