package th.km.core.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import th.km.core.indicator.CountUnit;
import th.km.core.indicator.CoverageSet;
import th.km.core.indicator.Facet;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.indicator.Population;
import th.km.core.indicator.PopulationKind;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.StaffCategory;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.MeetingKind;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecognitionKind;
import th.km.core.records.RecordKind;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingSetting;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;

/**
 * Seeded generators of valid indicator rules of every kind, with filters that use only the facets
 * their record kind has. Every method takes the test's {@link Random}, so that a failure replays
 * from the seed the test prints.
 */
public final class IndicatorGenerator {

  private IndicatorGenerator() {}

  /**
   * The plan with zero to three random indicators on each activity and zero to two on each
   * monitoring rule, their texts drawn as {@link PlanGenerator#text} draws plan texts; indicators the
   * plan had are replaced.
   */
  public static KmPlan withIndicators(Random random, KmPlan plan) {
    List<DivisionCode> divisions = plan.divisions().stream().map(Division::code).toList();
    Set<ActivityRef> refs = new HashSet<>();
    plan.goals()
        .forEach(g -> g.activities().forEach(a -> refs.add(new ActivityRef(g.number(), a.number()))));
    Fit fit = new Fit(Set.copyOf(divisions), refs);
    List<KmGoal> goals = new ArrayList<>();
    for (KmGoal g : plan.goals()) {
      List<PlanActivity> activities = new ArrayList<>();
      for (PlanActivity a : g.activities()) {
        List<Indicator> indicators = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          indicators.add(textual(random, divisions, fit));
        }
        activities.add(PlanActivity.builder().from(a).indicators(indicators).build());
      }
      goals.add(KmGoal.builder().from(g).activities(activities).build());
    }
    List<MonitoringIndicator> monitoring = new ArrayList<>();
    for (MonitoringRule r : plan.monitoringRules()) {
      int n = random.nextInt(3);
      for (int i = 0; i < n; i++) {
        monitoring.add(new MonitoringIndicator(r.key(), textual(random, divisions, fit)));
      }
    }
    // Shuffled so that the indicators of one rule need not follow each other.
    Collections.shuffle(monitoring, random);
    return KmPlan.builder().from(plan).goals(goals).monitoringIndicators(monitoring).build();
  }

  private static Indicator textual(Random random, List<DivisionCode> divisions, Fit fit) {
    IndicatorRule rule = rule(random, divisions);
    while (!fit.fits(rule)) {
      rule = rule(random, divisions);
    }
    return new Indicator(
        PlanGenerator.text(random),
        random.nextInt(5) == 0 ? "" : PlanGenerator.text(random),
        rule);
  }

  /**
   * The divisions and activities a plan has, which the filters of its indicators may name: a plan
   * file naming others is refused.
   */
  private record Fit(Set<DivisionCode> divisions, Set<ActivityRef> activities) {

    boolean fits(IndicatorRule rule) {
      return switch (rule) {
        case IndicatorRule.Count c -> fits(c.selector().filter());
        case IndicatorRule.Percentage p ->
            fits(p.population().staffFilter()) && fits(p.qualifying().filter());
        case IndicatorRule.Coverage c -> fits(c.qualifying().filter());
        case IndicatorRule.DeadlineCompliance d -> fits(d.trainings());
        case IndicatorRule.Occurrence o -> fits(o.selector().filter());
        case IndicatorRule.BeforeAfter b -> fits(b.trainings());
        case IndicatorRule.ReportOnly r -> r.measure().map(m -> fits(m.filter())).orElse(true);
      };
    }

    private boolean fits(RecordFilter filter) {
      return divisions.containsAll(filter.divisions())
          && filter.activity().map(activities::contains).orElse(true);
    }
  }

  /** An indicator with a random rule of any kind and placeholder texts. */
  public static Indicator indicator(Random random, List<DivisionCode> divisions) {
    return new Indicator("ตัวชี้วัดสุ่ม", "เป้าหมายสุ่ม", rule(random, divisions));
  }

  /** A rule of a random kind. */
  public static IndicatorRule rule(Random random, List<DivisionCode> divisions) {
    return switch (random.nextInt(7)) {
      case 0 -> count(random, divisions);
      case 1 -> percentage(random, divisions);
      case 2 -> coverage(random, divisions);
      case 3 ->
          new IndicatorRule.DeadlineCompliance(
              filter(random, RecordKind.TRAINING, divisions), 1 + random.nextInt(30), percentTarget(random));
      case 4 -> new IndicatorRule.Occurrence(selector(random, anyKind(random), divisions), 1 + random.nextInt(4));
      case 5 -> new IndicatorRule.BeforeAfter(filter(random, RecordKind.TRAINING, divisions), percentTarget(random));
      default ->
          random.nextBoolean()
              ? IndicatorRule.ReportOnly.nothing()
              : IndicatorRule.ReportOnly.counting(
                  selector(random, anyKind(random), divisions), CountUnit.RECORDS);
    };
  }

  public static IndicatorRule.Count count(Random random, List<DivisionCode> divisions) {
    RecordKind kind = anyKind(random);
    CountUnit unit =
        kind.concernsPersons() && random.nextBoolean()
            ? CountUnit.PERSONS
            : (random.nextBoolean() ? CountUnit.RECORDS : CountUnit.QUANTITY);
    return new IndicatorRule.Count(selector(random, kind, divisions), unit, countTarget(random));
  }

  public static IndicatorRule.Percentage percentage(Random random, List<DivisionCode> divisions) {
    RecordFilter staff =
        random.nextInt(3) == 0
            ? RecordFilter.builder().addDivisions(pickDivision(random, divisions)).build()
            : RecordFilter.any();
    return new IndicatorRule.Percentage(
        new Population(RecordGenerator.oneOf(random, PopulationKind.class), staff),
        selector(random, personKind(random), divisions),
        percentTarget(random));
  }

  public static IndicatorRule.Coverage coverage(Random random, List<DivisionCode> divisions) {
    CoverageSet set = RecordGenerator.oneOf(random, CoverageSet.class);
    RecordKind kind = set == CoverageSet.DIVISIONS ? anyDivisionKind(random) : personKind(random);
    return new IndicatorRule.Coverage(set, selector(random, kind, divisions));
  }

  /** A selector of the kind with a random filter, now and then over all records to date. */
  public static RecordSelector selector(Random random, RecordKind kind, List<DivisionCode> divisions) {
    RecordSelector s = RecordSelector.of(kind, filter(random, kind, divisions));
    return random.nextInt(5) == 0 ? s.toDate() : s;
  }

  /** A filter that narrows the kind by zero to two of its facets. */
  public static RecordFilter filter(Random random, RecordKind kind, List<DivisionCode> divisions) {
    List<Facet> facets = new ArrayList<>();
    for (Facet f : Facet.values()) {
      if (f.appliesTo(kind)) {
        facets.add(f);
      }
    }
    RecordFilter.Builder b = RecordFilter.builder();
    int n = facets.isEmpty() ? 0 : random.nextInt(3);
    for (int i = 0; i < n; i++) {
      switch (facets.get(random.nextInt(facets.size()))) {
        case DIVISION -> b.addDivisions(pickDivision(random, divisions));
        case STAFF_CATEGORY -> b.addStaffCategories(RecordGenerator.oneOf(random, StaffCategory.class));
        case TRAINING_KIND -> b.addTrainingKinds(RecordGenerator.oneOf(random, TrainingKind.class));
        case TRAINING_SETTING -> b.addTrainingSettings(RecordGenerator.oneOf(random, TrainingSetting.class));
        case ASSET_KIND -> b.addAssetKinds(RecordGenerator.oneOf(random, AssetKind.class));
        case MINIMUM_STATUS -> b.minimumStatus(RecordGenerator.oneOf(random, AssetStatus.class));
        case WITH_FLOWCHART -> b.withFlowchart(random.nextBoolean());
        case CHANNEL -> b.addChannels(RecordGenerator.oneOf(random, PublicationChannel.class));
        case MEETING_KIND -> b.addMeetingKinds(RecordGenerator.oneOf(random, MeetingKind.class));
        case RECOGNITION_KIND -> b.addRecognitionKinds(RecordGenerator.oneOf(random, RecognitionKind.class));
        case ACKNOWLEDGEMENT_TOPIC -> b.addTopics(RecordGenerator.oneOf(random, AcknowledgementTopic.class));
        case ACTIVITY -> b.activity(new ActivityRef(1, 1 + random.nextInt(3)));
      }
    }
    return b.build();
  }

  /** A count target of any comparator, with small bounds. */
  public static ParsedTarget.Count countTarget(Random random) {
    Comparator c = RecordGenerator.oneOf(random, Comparator.class);
    int value = random.nextInt(20);
    return c == Comparator.BETWEEN
        ? new ParsedTarget.Count(c, value, Optional.of(value + random.nextInt(10)), "")
        : new ParsedTarget.Count(c, value, "");
  }

  /** A percentage target of any comparator, now and then on the 90% boundary. */
  public static ParsedTarget.Percentage percentTarget(Random random) {
    Comparator c = RecordGenerator.oneOf(random, Comparator.class);
    BigDecimal p =
        random.nextInt(4) == 0 ? BigDecimal.valueOf(90) : BigDecimal.valueOf(random.nextInt(10001), 2);
    if (c == Comparator.BETWEEN) {
      BigDecimal upper = p.add(BigDecimal.valueOf(random.nextInt(30))).min(BigDecimal.valueOf(100));
      return new ParsedTarget.Percentage(c, p, Optional.of(upper.max(p)));
    }
    return new ParsedTarget.Percentage(c, p);
  }

  private static RecordKind anyKind(Random random) {
    return RecordGenerator.oneOf(random, RecordKind.class);
  }

  private static RecordKind personKind(Random random) {
    List<RecordKind> kinds = new ArrayList<>();
    for (RecordKind k : RecordKind.values()) {
      if (k.concernsPersons()) {
        kinds.add(k);
      }
    }
    return kinds.get(random.nextInt(kinds.size()));
  }

  private static RecordKind anyDivisionKind(Random random) {
    List<RecordKind> kinds = new ArrayList<>();
    for (RecordKind k : RecordKind.values()) {
      if (Facet.DIVISION.appliesTo(k)) {
        kinds.add(k);
      }
    }
    return kinds.get(random.nextInt(kinds.size()));
  }

  private static DivisionCode pickDivision(Random random, List<DivisionCode> divisions) {
    return divisions.isEmpty() ? DivisionCode.of("clerk") : divisions.get(random.nextInt(divisions.size()));
  }

}
