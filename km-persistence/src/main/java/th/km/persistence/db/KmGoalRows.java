package th.km.persistence.db;

import static th.km.persistence.db.PlanRowReader.byParent;
import static th.km.persistence.db.PlanRowReader.children;
import static th.km.persistence.db.PlanRowReader.map;
import static th.km.persistence.db.PlanRowReader.texts;
import static th.km.persistence.jooq.Tables.KM_GOAL;
import static th.km.persistence.jooq.Tables.PLAN_ACTIVITY;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.calendar.MonthRange;
import th.km.core.indicator.Indicator;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.PlanActivity;
import th.km.persistence.jooq.tables.records.ActivityDetailRecord;
import th.km.persistence.jooq.tables.records.KmGoalRecord;
import th.km.persistence.jooq.tables.records.KmGoalTextRecord;
import th.km.persistence.jooq.tables.records.PlanActivityRecord;

/**
 * A plan's KM goals (เป้าหมาย KM) with their activities as rows of {@code km_goal}, {@code
 * km_goal_text}, {@code plan_activity} and {@code activity_detail}, and back. An activity's
 * indicators are rows of their own, which {@link IndicatorRows} writes once the activity's id is
 * known.
 */
final class KmGoalRows {

  private static final String TITLE_VARIANT = "TITLE_VARIANT";
  private static final String MEASURABLE_OUTCOME = "MEASURABLE_OUTCOME";

  private KmGoalRows() {}

  /**
   * Inserts goal {@code goal}, the {@code ordinal}-th of the plan, with its activities, and adds
   * each activity's indicators to {@code indicators}.
   */
  static void write(
      PlanRowWriter out,
      int ordinal,
      KmGoal goal,
      List<IndicatorRows.ActivityIndicators> indicators) {
    long goalId =
        out.parent(
            new KmGoalRecord()
                .setPlanId(out.planId())
                .setOrganizationId(out.organizationId())
                .setOrdinal(ordinal)
                .setGoalNumber(goal.number())
                .setTitle(goal.title())
                .setFramework(goal.framework().name()),
            KM_GOAL,
            KM_GOAL.ID);
    goalTexts(out, goalId, TITLE_VARIANT, goal.titleVariants());
    goalTexts(out, goalId, MEASURABLE_OUTCOME, goal.measurableOutcomes());
    for (int i = 0; i < goal.activities().size(); i++) {
      activity(out, goalId, i, goal.activities().get(i), indicators);
    }
  }

  private static void goalTexts(PlanRowWriter out, long goalId, String list, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      out.leaf(
          new KmGoalTextRecord()
              .setKmGoalId(goalId)
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setListName(list)
              .setOrdinal(i)
              .setText(texts.get(i)));
    }
  }

  private static void activity(
      PlanRowWriter out,
      long goalId,
      int ordinal,
      PlanActivity a,
      List<IndicatorRows.ActivityIndicators> indicators) {
    Optional<MonthRange> months = a.period().months();
    long activityId =
        out.parent(
            new PlanActivityRecord()
                .setKmGoalId(goalId)
                .setPlanId(out.planId())
                .setOrganizationId(out.organizationId())
                .setOrdinal(ordinal)
                .setActivityNumber(a.number())
                .setName(a.name())
                .setStepKey(a.step().key())
                .setMethod(a.method())
                .setPeriodText(a.period().text())
                .setPeriodStart(months.map(m -> m.start().atDay(1)).orElse(null))
                .setPeriodEnd(months.map(m -> m.end().atDay(1)).orElse(null))
                .setIndicator(a.indicator())
                .setTarget(a.target())
                .setResponsible(a.responsible())
                .setNote(a.note().orElse(null))
                .setSourceLine(a.sourceLine().orElse(null)),
            PLAN_ACTIVITY,
            PLAN_ACTIVITY.ID);
    if (!a.indicators().isEmpty()) {
      indicators.add(new IndicatorRows.ActivityIndicators(activityId, a.indicators()));
    }
    for (int i = 0; i < a.details().size(); i++) {
      out.leaf(
          new ActivityDetailRecord()
              .setPlanActivityId(activityId)
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setOrdinal(i)
              .setText(a.details().get(i)));
    }
  }

  /** The plan's goals in their order, each activity with its indicators from {@code indicators}. */
  static List<KmGoal> read(PlanRowReader in, IndicatorRows.Read indicators) {
    Map<Long, List<StoredRow>> texts = byParent(in.rows("km_goal_text", "ordinal"), "km_goal_id");
    Map<Long, List<StoredRow>> activities =
        byParent(in.rows("plan_activity", "ordinal"), "km_goal_id");
    Map<Long, List<StoredRow>> details =
        byParent(in.rows("activity_detail", "ordinal"), "plan_activity_id");
    return map(
        in.rows("km_goal", "ordinal"),
        g -> {
          List<StoredRow> own = children(texts, g.id("id"));
          return KmGoal.builder()
              .number(g.integer("goal_number"))
              .title(g.text("title"))
              .titleVariants(texts(own, TITLE_VARIANT))
              .measurableOutcomes(texts(own, MEASURABLE_OUTCOME))
              .framework(Framework.valueOf(g.text("framework")))
              .activities(
                  map(
                      children(activities, g.id("id")),
                      a ->
                          activity(
                              a, children(details, a.id("id")), indicators.of(a.id("id")))))
              .build();
        });
  }

  private static PlanActivity activity(
      StoredRow a, List<StoredRow> details, List<Indicator> indicators) {
    LocalDate start = a.date("period_start");
    LocalDate end = a.date("period_end");
    Optional<MonthRange> months =
        start == null || end == null
            ? Optional.empty()
            : Optional.of(new MonthRange(YearMonth.from(start), YearMonth.from(end)));
    return PlanActivity.builder()
        .number(a.integer("activity_number"))
        .name(a.text("name"))
        .details(PlanRowReader.texts(details))
        .step(PlanContentRows.step(a.text("step_key")))
        .method(a.text("method"))
        .period(new ActivityPeriod(a.text("period_text"), months))
        .indicator(a.text("indicator"))
        .target(a.text("target"))
        .responsible(a.text("responsible"))
        .note(Optional.ofNullable(a.optionalText("note")))
        .sourceLine(Optional.ofNullable(a.optionalInteger("source_line")))
        .indicators(indicators)
        .build();
  }
}
