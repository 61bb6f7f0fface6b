package th.km.core.textimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;

/**
 * Builds the KM goals (เป้าหมาย KM) from their action-plan tables, which {@link GoalPages} reads
 * page by page: decides the framework each goal follows, files each activity under its KM step or
 * change element, and reads its period.
 */
final class GoalReader {

  private GoalReader() {}

  /**
   * Reads every goal region.
   *
   * @param descriptions the plan's own step descriptions, used to place an activity whose label
   *     names no step
   * @param year the plan's fiscal year, which periods without a year are read in
   */
  static List<KmGoal> read(
      List<Region> regions,
      Map<PlanStep, String> descriptions,
      FiscalYear year,
      Issues issues) {
    Map<Integer, GoalDraft> drafts = new LinkedHashMap<>();
    for (Region region : regions) {
      GoalPages.readPage(region, drafts, issues);
    }
    List<KmGoal> goals = new ArrayList<>();
    for (GoalDraft d : drafts.values()) {
      goals.add(build(d, descriptions, year, issues));
    }
    return goals;
  }

  private static KmGoal build(
      GoalDraft d, Map<PlanStep, String> descriptions, FiscalYear year, Issues issues) {
    Framework framework = framework(d, issues);
    Map<PlanStep, ActionRow> byStep = new HashMap<>();
    KmGoal.Builder goal =
        KmGoal.builder()
            .number(d.number)
            .title(d.title)
            .titleVariants(d.variants)
            .measurableOutcomes(d.outcomes)
            .framework(framework);
    for (ActionRow r : d.rows.values()) {
      Optional<StepMatcher.Match> match =
          StepMatcher.match(framework, r.label(), r.method(), descriptions);
      if (match.isEmpty()) {
        issues.error(
            r.line().number(),
            r.label(),
            "ไม่รู้ว่ากิจกรรมนี้อยู่ในขั้นตอนใดของ" + framework.thaiName() + " จึงไม่ได้นำเข้า",
            "cannot tell which step of the "
                + framework.englishName()
                + " this activity belongs to; it was not imported");
        continue;
      }
      PlanStep step = match.get().step();
      explain(r, match.get(), issues);
      ActionRow earlier = byStep.putIfAbsent(step, r);
      if (earlier != null) {
        issues.warning(
            r.line().number(),
            r.label(),
            "กิจกรรมที่ "
                + earlier.number()
                + " และ "
                + r.number()
                + " ของเป้าหมาย "
                + d.number
                + " อยู่ในขั้นตอนเดียวกัน \""
                + step.thaiName()
                + "\"",
            "activities "
                + earlier.number()
                + " and "
                + r.number()
                + " of goal "
                + d.number
                + " are both filed under step "
                + step.number()
                + " \""
                + step.thaiName()
                + "\"");
      }
      goal.addActivities(activity(r, step, year, issues));
    }
    return goal.build();
  }

  private static void explain(ActionRow r, StepMatcher.Match m, Issues issues) {
    PlanStep step = m.step();
    String score = String.format(Locale.ROOT, "%.2f", m.score());
    switch (m.how()) {
      case NAME -> {}
      case SIMILAR_NAME ->
          issues.info(
              r.line().number(),
              r.label(),
              "ชื่อกิจกรรม \""
                  + r.label()
                  + "\" ไม่ตรงกับชื่อขั้นตอนใด แต่คล้าย \""
                  + step.thaiName()
                  + "\" (ความคล้าย "
                  + score
                  + ") จึงจัดไว้ในขั้นตอนที่ "
                  + step.number(),
              "activity \""
                  + r.label()
                  + "\" names no step exactly but is spelt like \""
                  + step.thaiName()
                  + "\" (similarity "
                  + score
                  + "); filed under step "
                  + step.number());
      case SIMILAR_DESCRIPTION ->
          issues.info(
              r.line().number(),
              r.label(),
              "ชื่อกิจกรรม \""
                  + r.label()
                  + "\" ไม่ใช่ชื่อขั้นตอนใด ชื่อและวิธีการคล้ายคำอธิบายของ \""
                  + step.thaiName()
                  + "\" มากที่สุด (ความคล้าย "
                  + score
                  + ") จึงจัดไว้ในขั้นตอนนั้น",
              "activity \""
                  + r.label()
                  + "\" names no step; its name and method resemble the"
                  + " description of \""
                  + step.thaiName()
                  + "\" most (similarity "
                  + score
                  + "), so it was filed under step "
                  + step.number());
    }
  }

  private static PlanActivity activity(
      ActionRow r, PlanStep step, FiscalYear year, Issues issues) {
    PeriodReader.Reading period = PeriodReader.read(r.period(), year);
    Optional<MonthRange> months = period.months();
    if (months.isEmpty()) {
      issues.warning(
          r.line().number(),
          r.period().isEmpty() ? r.line().content() : r.period(),
          "อ่านระยะเวลา \"" + r.period() + "\" เป็นช่วงเดือนไม่ได้ เก็บไว้ตามต้นฉบับ",
          "the period \""
              + r.period()
              + "\" cannot be read as a range of months; it was kept as"
              + " written");
    } else if (period.ruleTh().isPresent()) {
      issues.info(
          r.line().number(), r.period(), period.ruleTh().get(), period.ruleEn().orElseThrow());
    }
    return PlanActivity.builder()
        .number(r.number())
        .name(r.label())
        .details(r.details())
        .step(step)
        .method(r.method())
        .period(new ActivityPeriod(r.period(), months))
        .indicator(r.indicator())
        .target(r.target())
        .responsible(r.responsible())
        .note(r.note())
        .sourceLine(r.line().number())
        .build();
  }

  /**
   * The framework a goal's activities follow, decided from their labels: the headers of plans say
   * "KM Process" even over change-management tables. A tie goes to what the header says.
   */
  private static Framework framework(GoalDraft d, Issues issues) {
    int km = 0;
    int change = 0;
    for (ActionRow r : d.rows.values()) {
      km += StepMatcher.byName(Framework.KM_PROCESS, r.label()).isPresent() ? 1 : 0;
      change += StepMatcher.byName(Framework.CHANGE_MANAGEMENT, r.label()).isPresent() ? 1 : 0;
    }
    Framework decided =
        km == change
            ? d.declared.orElse(Framework.KM_PROCESS)
            : km > change ? Framework.KM_PROCESS : Framework.CHANGE_MANAGEMENT;
    if (d.declared.isPresent() && d.declared.get() != decided) {
      issues.info(
          d.titleLine.number(),
          d.title,
          "หัวตารางของเป้าหมาย KM ที่ "
              + d.number
              + " เขียนว่า "
              + d.declared.get().englishName()
              + " แต่ชื่อกิจกรรมเป็น"
              + decided.thaiName()
              + " จึงใช้"
              + decided.thaiName(),
          "the table of KM goal "
              + d.number
              + " is headed "
              + d.declared.get().englishName()
              + " but its activities are named after the "
              + decided.englishName()
              + "; the goal was filed under the "
              + decided.englishName());
    }
    return decided;
  }
}
