package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.INDICATOR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import th.km.core.plan.DivisionCode;
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
import th.km.persistence.jooq.tables.records.IndicatorFacetRecord;
import th.km.persistence.jooq.tables.records.IndicatorRecord;

/**
 * The indicators of a plan version as rows of {@code indicator} and {@code indicator_facet} (V3),
 * and back: one row per indicator with the columns its rule family uses, one row per value of each
 * facet of its record filters.
 */
final class IndicatorRows {

  private static final String SELECTOR = "SELECTOR";
  private static final String POPULATION = "POPULATION";
  private static final String TRAININGS = "TRAININGS";

  private IndicatorRows() {}

  /** An activity's indicators, with the id of the activity's row. */
  record ActivityIndicators(long activityId, List<Indicator> indicators) {}

  /** The indicators of a plan version as read back. */
  record Read(Map<Long, List<Indicator>> byActivity, List<MonitoringIndicator> monitoring) {

    List<Indicator> of(long activityId) {
      return byActivity.getOrDefault(activityId, List.of());
    }
  }

  // ---- writing ----

  /**
   * Inserts the activities' indicators in the order given, then the monitoring rules' ones, with
   * one ordinal running over all of them.
   */
  static void insert(
      PlanRowWriter out, List<ActivityIndicators> activities, List<MonitoringIndicator> monitoring) {
    long planId = out.planId();
    long organizationId = out.organizationId();
    List<IndicatorFacetRecord> facets = new ArrayList<>();
    int ordinal = 0;
    for (ActivityIndicators a : activities) {
      for (Indicator indicator : a.indicators()) {
        IndicatorRecord row = row(planId, organizationId, ordinal++, indicator);
        row.setPlanActivityId(a.activityId());
        insertOne(out, row, indicator.rule(), facets);
      }
    }
    for (MonitoringIndicator m : monitoring) {
      IndicatorRecord row = row(planId, organizationId, ordinal++, m.indicator());
      row.setRuleKey(m.ruleKey());
      insertOne(out, row, m.indicator().rule(), facets);
    }
    facets.forEach(out::leaf);
  }

  private static void insertOne(
      PlanRowWriter out, IndicatorRecord row, IndicatorRule rule, List<IndicatorFacetRecord> facets) {
    Map<String, RecordFilter> filters = setRule(row, rule);
    long id = out.parent(row, INDICATOR, INDICATOR.ID);
    filters.forEach(
        (role, filter) ->
            facets.addAll(facetRows(id, row.getPlanId(), row.getOrganizationId(), role, filter)));
  }

  private static IndicatorRecord row(
      long planId, long organizationId, int ordinal, Indicator indicator) {
    return new IndicatorRecord()
        .setPlanId(planId)
        .setOrganizationId(organizationId)
        .setOrdinal(ordinal)
        .setIndicatorText(indicator.indicatorText())
        .setTargetText(indicator.targetText());
  }

  /** Sets the rule's columns and returns its record filters by role. */
  private static Map<String, RecordFilter> setRule(IndicatorRecord row, IndicatorRule rule) {
    Map<String, RecordFilter> filters = new LinkedHashMap<>();
    switch (rule) {
      case IndicatorRule.Count c -> {
        row.setRuleKind("COUNT").setCountUnit(c.unit().name());
        selector(row, c.selector(), filters);
        countTarget(row, c.countTarget());
      }
      case IndicatorRule.Percentage p -> {
        row.setRuleKind("PERCENTAGE").setPopulationKind(p.population().kind().name());
        filters.put(POPULATION, p.population().staffFilter());
        selector(row, p.qualifying(), filters);
        percentTarget(row, p.percentTarget());
      }
      case IndicatorRule.Coverage c -> {
        row.setRuleKind("COVERAGE").setCoverageSet(c.set().name());
        selector(row, c.qualifying(), filters);
      }
      case IndicatorRule.DeadlineCompliance d -> {
        row.setRuleKind("DEADLINE_COMPLIANCE").setDays(d.days());
        filters.put(TRAININGS, d.trainings());
        percentTarget(row, d.percentTarget());
      }
      case IndicatorRule.Occurrence o -> {
        row.setRuleKind("OCCURRENCE").setAtLeast(o.atLeast());
        selector(row, o.selector(), filters);
      }
      case IndicatorRule.BeforeAfter b -> {
        row.setRuleKind("BEFORE_AFTER");
        filters.put(TRAININGS, b.trainings());
        percentTarget(row, b.percentTarget());
      }
      case IndicatorRule.ReportOnly r -> {
        row.setRuleKind("REPORT_ONLY").setCountUnit(r.unit().name());
        r.measure().ifPresent(m -> selector(row, m, filters));
      }
    }
    return filters;
  }

  private static void selector(
      IndicatorRecord row, RecordSelector selector, Map<String, RecordFilter> filters) {
    row.setRecordKind(selector.kind().name()).setSelectionWindow(selector.window().name());
    filters.put(SELECTOR, selector.filter());
  }

  private static void countTarget(IndicatorRecord row, ParsedTarget.Count target) {
    row.setTargetComparator(target.comparator().name())
        .setTargetCount(target.value())
        .setTargetCountUpper(target.upper().orElse(null))
        .setTargetUnit(target.unit());
  }

  private static void percentTarget(IndicatorRecord row, ParsedTarget.Percentage target) {
    // toString, not toPlainString: it keeps the scale of every value, a negative one included.
    row.setTargetComparator(target.comparator().name())
        .setTargetPercent(target.percent().toString())
        .setTargetPercentUpper(target.upper().map(BigDecimal::toString).orElse(null));
  }

  private static List<IndicatorFacetRecord> facetRows(
      long indicatorId, long planId, long organizationId, String role, RecordFilter filter) {
    List<IndicatorFacetRecord> rows = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      List<String> values = values(filter, facet);
      for (int i = 0; i < values.size(); i++) {
        rows.add(
            new IndicatorFacetRecord()
                .setIndicatorId(indicatorId)
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setFilterRole(role)
                .setFacet(facet.name())
                .setOrdinal(i)
                .setFacetValue(values.get(i)));
      }
    }
    return rows;
  }

  /** The facet's values in the filter, in its order, as the text of facet_value. */
  private static List<String> values(RecordFilter f, Facet facet) {
    return switch (facet) {
      case DIVISION -> f.divisions().stream().map(DivisionCode::value).toList();
      case STAFF_CATEGORY -> names(f.staffCategories());
      case TRAINING_KIND -> names(f.trainingKinds());
      case TRAINING_SETTING -> names(f.trainingSettings());
      case ASSET_KIND -> names(f.assetKinds());
      case MINIMUM_STATUS -> f.minimumStatus().map(Enum::name).stream().toList();
      case WITH_FLOWCHART -> f.withFlowchart().map(String::valueOf).stream().toList();
      case CHANNEL -> names(f.channels());
      case MEETING_KIND -> names(f.meetingKinds());
      case RECOGNITION_KIND -> names(f.recognitionKinds());
      case ACKNOWLEDGEMENT_TOPIC -> names(f.topics());
      case ACTIVITY -> f.activity().map(ActivityRef::toString).stream().toList();
    };
  }

  private static List<String> names(Iterable<? extends Enum<?>> values) {
    List<String> names = new ArrayList<>();
    values.forEach(v -> names.add(v.name()));
    return names;
  }

  // ---- reading ----

  /** The indicators of plan row {@code planId}, by the activity row they belong to. */
  static Read read(PlanRowReader in) {
    Map<Long, List<StoredRow>> facetsByIndicator =
        PlanRowReader.byParent(
            in.rows("indicator_facet", "indicator_id", "filter_role", "facet", "ordinal"),
            "indicator_id");
    Map<Long, List<Indicator>> byActivity = new LinkedHashMap<>();
    List<MonitoringIndicator> monitoring = new ArrayList<>();
    for (StoredRow row : in.rows("indicator", "ordinal")) {
      List<StoredRow> facets = PlanRowReader.children(facetsByIndicator, row.id("id"));
      Indicator indicator =
          new Indicator(row.text("indicator_text"), row.text("target_text"), rule(row, facets));
      Long activity = row.optionalId("plan_activity_id");
      if (activity != null) {
        byActivity.computeIfAbsent(activity, k -> new ArrayList<>()).add(indicator);
      } else {
        monitoring.add(new MonitoringIndicator(row.text("rule_key"), indicator));
      }
    }
    return new Read(byActivity, monitoring);
  }

  private static IndicatorRule rule(StoredRow row, List<StoredRow> facets) {
    String kind = row.text("rule_kind");
    return switch (kind) {
      case "COUNT" ->
          new IndicatorRule.Count(
              selector(row, facets), CountUnit.valueOf(row.text("count_unit")), countTarget(row));
      case "PERCENTAGE" ->
          new IndicatorRule.Percentage(
              new Population(
                  PopulationKind.valueOf(row.text("population_kind")), filter(facets, POPULATION)),
              selector(row, facets),
              percentTarget(row));
      case "COVERAGE" ->
          new IndicatorRule.Coverage(
              CoverageSet.valueOf(row.text("coverage_set")), selector(row, facets));
      case "DEADLINE_COMPLIANCE" ->
          new IndicatorRule.DeadlineCompliance(
              filter(facets, TRAININGS), row.integer("days"), percentTarget(row));
      case "OCCURRENCE" ->
          new IndicatorRule.Occurrence(selector(row, facets), row.integer("at_least"));
      case "BEFORE_AFTER" ->
          new IndicatorRule.BeforeAfter(filter(facets, TRAININGS), percentTarget(row));
      case "REPORT_ONLY" ->
          new IndicatorRule.ReportOnly(
              row.optionalText("record_kind") == null
                  ? Optional.empty()
                  : Optional.of(selector(row, facets)),
              CountUnit.valueOf(row.text("count_unit")));
      default ->
          throw new IllegalStateException(
              "indicator row " + row.id("id") + " has unknown rule kind " + kind);
    };
  }

  private static RecordSelector selector(StoredRow row, List<StoredRow> facets) {
    return new RecordSelector(
        RecordKind.valueOf(row.text("record_kind")),
        filter(facets, SELECTOR),
        RecordSelector.Window.valueOf(row.text("selection_window")));
  }

  private static ParsedTarget.Count countTarget(StoredRow row) {
    return new ParsedTarget.Count(
        Comparator.valueOf(row.text("target_comparator")),
        row.integer("target_count"),
        Optional.ofNullable(row.optionalInteger("target_count_upper")),
        row.text("target_unit"));
  }

  private static ParsedTarget.Percentage percentTarget(StoredRow row) {
    return new ParsedTarget.Percentage(
        Comparator.valueOf(row.text("target_comparator")),
        new BigDecimal(row.text("target_percent")),
        Optional.ofNullable(row.optionalText("target_percent_upper")).map(BigDecimal::new));
  }

  private static RecordFilter filter(List<StoredRow> facets, String role) {
    RecordFilter.Builder b = RecordFilter.builder();
    for (StoredRow f : facets) {
      if (!f.text("filter_role").equals(role)) {
        continue;
      }
      String v = f.text("facet_value");
      switch (Facet.valueOf(f.text("facet"))) {
        case DIVISION -> b.addDivisions(DivisionCode.of(v));
        case STAFF_CATEGORY -> b.addStaffCategories(StaffCategory.valueOf(v));
        case TRAINING_KIND -> b.addTrainingKinds(TrainingKind.valueOf(v));
        case TRAINING_SETTING -> b.addTrainingSettings(TrainingSetting.valueOf(v));
        case ASSET_KIND -> b.addAssetKinds(AssetKind.valueOf(v));
        case MINIMUM_STATUS -> b.minimumStatus(AssetStatus.valueOf(v));
        case WITH_FLOWCHART -> b.withFlowchart(Boolean.parseBoolean(v));
        case CHANNEL -> b.addChannels(PublicationChannel.valueOf(v));
        case MEETING_KIND -> b.addMeetingKinds(MeetingKind.valueOf(v));
        case RECOGNITION_KIND -> b.addRecognitionKinds(RecognitionKind.valueOf(v));
        case ACKNOWLEDGEMENT_TOPIC -> b.addTopics(AcknowledgementTopic.valueOf(v));
        case ACTIVITY -> b.activity(activity(v));
      }
    }
    return b.build();
  }

  private static ActivityRef activity(String text) {
    int dot = text.indexOf('.');
    if (dot < 0) {
      throw new IllegalStateException("activity facet '" + text + "' is not GOAL.ACTIVITY");
    }
    return new ActivityRef(
        Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
  }
}
