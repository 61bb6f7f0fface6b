package th.km.persistence.demo;

import static th.km.persistence.demo.BanWaenIndicatorParts.HUNDRED;
import static th.km.persistence.demo.BanWaenIndicatorParts.OWN_STAFF;
import static th.km.persistence.demo.BanWaenIndicatorParts.WORK_MANUALS;
import static th.km.persistence.demo.BanWaenIndicatorParts.acknowledged;
import static th.km.persistence.demo.BanWaenIndicatorParts.assets;
import static th.km.persistence.demo.BanWaenIndicatorParts.atLeastOnce;
import static th.km.persistence.demo.BanWaenIndicatorParts.countTarget;
import static th.km.persistence.demo.BanWaenIndicatorParts.items;
import static th.km.persistence.demo.BanWaenIndicatorParts.meetings;
import static th.km.persistence.demo.BanWaenIndicatorParts.percentTarget;
import static th.km.persistence.demo.BanWaenIndicatorParts.pick;
import static th.km.persistence.demo.BanWaenIndicatorParts.reportOnly;
import static th.km.persistence.demo.BanWaenIndicatorParts.staffShare;
import static th.km.persistence.demo.BanWaenIndicatorParts.whole;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import th.km.core.indicator.CountUnit;
import th.km.core.indicator.CoverageSet;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.indicator.Population;
import th.km.core.indicator.PopulationKind;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.PlanActivity;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.MeetingKind;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecognitionKind;
import th.km.core.records.RecordKind;
import th.km.core.records.TrainingSetting;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;
import th.km.core.target.TargetParser;

/**
 * The formal indicators of the Ban Waen KM plan for FY B.E. 2569 (แผนการจัดการความรู้เทศบาลตำบล
 * บ้านแหวน), decided by hand from the plan's own words and attached to its activities by goal and
 * activity number and to its monitoring rules by kind, so that they fit any file of that plan.
 * Every indicator keeps the plan's indicator and target text; a row whose texts list numbered items
 * gets one indicator per item, with the item's words.
 *
 * <p>How the words were read, where a reader might decide otherwise:
 *
 * <ul>
 *   <li>A number in the target is taken as the plan writes it, through the checker's {@link
 *       TargetParser}: "ไม่น้อยกว่า ๕ คน", "ไม่น้อยกว่าร้อยละ ๙๐", "ร้อยละ ๑๐๐".
 *   <li>"บุคลากรในสังกัด" (staff of the municipality) is municipal officers and contract staff in
 *       service: the mayor and council are not counted in percentages of staff.
 *   <li>A target that says only that something exists or happens ("มีคู่มือการปฏิบัติงาน", "มีการ
 *       ตรวจและปรับปรุงฐานข้อมูลความรู้") is at least one such event in the year: that is what it
 *       says, and no more.
 *   <li>A target that counts without saying how many ("จำนวนการเข้าถึงข้อมูลความรู้") or names no
 *       measure ("พนักงานในสังกัด") is report-only: its number is shown, never counted as met.
 *   <li>Goal 1's measurable outcome "จัดทำคู่มือปฏิบัติงานครบทุกส่วนราชการ" is evaluated under
 *       activity 1.3, which makes the manuals, as coverage of the plan's divisions by reviewed work
 *       manuals.
 *   <li>Activity 1.1's target "พนักงานแต่ละตำแหน่งได้จัดทำคู่มือการปฏิบัติงาน…" is coverage of the
 *       positions of staff in service by the authors of work manuals.
 *   <li>Activity 4.4's indicator is understanding of KM principles although its target repeats
 *       4.1's "ทราบเป้าหมาย KM": the acknowledgements counted are of the principles, with 4.1's
 *       bound. Activity 4.6's indicator (the plan is monitored) and target (staff who understand KM)
 *       differ, so it has one indicator for each.
 *   <li>Staff reach KM (4.2) by attending a seminar, workshop or knowledge-sharing meeting, the
 *       gatherings "ที่ทำให้ทุกคนเข้าใจถึงการจัดการความรู้" of its method; committee meetings and
 *       social activities do not count.
 *   <li>In the HAPPY WORKPLACE row (4.5) no record says who is diligent but the recognition itself,
 *       so diligence is report-only; staff retiring or turning 60 must all be recognized.
 *   <li>The monitoring rules bind every trained person, so the post-training report within the
 *       rule's days and the supervisor's before/after comparison showing improvement are both
 *       wanted for 100% of them; keeping the knowledge as a document has no measure of its own and
 *       is report-only; the M&amp;E report is wanted as often a year as the rule says.
 * </ul>
 */
public final class BanWaenIndicators {

  /** The rows' formalizations by goal and activity number. */
  private static final Map<String, BiFunction<PlanActivity, KmGoal, List<Indicator>>> ROWS =
      Map.ofEntries(
          Map.entry("1.1", BanWaenIndicators::identify),
          Map.entry("1.2", BanWaenIndicators::createAndAcquire),
          Map.entry("1.3", BanWaenIndicators::organizeManuals),
          Map.entry(
              "1.4",
              (a, g) -> whole(a, reportOnly(assets(AssetStatus.REVIEWED), CountUnit.RECORDS))),
          Map.entry("1.5", BanWaenIndicators::accessGoal1),
          Map.entry(
              "2.1", (a, g) -> whole(a, reportOnly(RecordSelector.of(RecordKind.TRAINING), CountUnit.PERSONS))),
          Map.entry(
              "2.2",
              (a, g) -> whole(a, reportOnly(RecordSelector.of(RecordKind.KNOWLEDGE_ASSET), CountUnit.RECORDS))),
          Map.entry(
              "2.3",
              (a, g) -> whole(a, reportOnly(assets(AssetStatus.REVIEWED), CountUnit.RECORDS))),
          Map.entry(
              "2.4",
              (a, g) -> whole(a, reportOnly(RecordSelector.of(RecordKind.ACCESS_EVENT), CountUnit.QUANTITY))),
          Map.entry(
              "2.5",
              (a, g) -> whole(a, reportOnly(meetings(MeetingKind.KNOWLEDGE_SHARING), CountUnit.RECORDS))),
          Map.entry(
              "2.6",
              (a, g) -> whole(a, reportOnly(assets(AssetStatus.PUBLISHED), CountUnit.RECORDS))),
          Map.entry("3.1", (a, g) -> whole(a, atLeastOnce(meetings(MeetingKind.ACTIVITY)))),
          Map.entry(
              "3.2",
              (a, g) ->
                  whole(
                      a, atLeastOnce(meetings(MeetingKind.SEMINAR, MeetingKind.KNOWLEDGE_SHARING)))),
          Map.entry(
              "3.3",
              (a, g) -> whole(a, reportOnly(meetings(MeetingKind.KNOWLEDGE_SHARING), CountUnit.RECORDS))),
          Map.entry("3.4", (a, g) -> whole(a, atLeastOnce(assets(AssetStatus.REVIEWED)))),
          Map.entry(
              "3.5",
              (a, g) ->
                  whole(
                      a,
                      atLeastOnce(
                          RecordSelector.of(
                              RecordKind.KNOWLEDGE_ASSET,
                              RecordFilter.builder()
                                  .minimumStatus(AssetStatus.PUBLISHED)
                                  .addChannels(
                                      PublicationChannel.NOTICE_BOARD,
                                      PublicationChannel.WEBSITE,
                                      PublicationChannel.INFORMATION_CENTRE)
                                  .build())))),
          Map.entry(
              "3.6", (a, g) -> whole(a, atLeastOnce(RecordSelector.of(RecordKind.KNOWLEDGE_ASSET)))),
          Map.entry("3.7", (a, g) -> whole(a, atLeastOnce(assets(AssetStatus.PUBLISHED)))),
          Map.entry(
              "4.1",
              (a, g) ->
                  whole(a, staffShare(acknowledged(AcknowledgementTopic.KM_GOALS), a.target()))),
          Map.entry(
              "4.2",
              (a, g) ->
                  whole(
                      a,
                      staffShare(
                          meetings(
                              MeetingKind.SEMINAR, MeetingKind.WORKSHOP, MeetingKind.KNOWLEDGE_SHARING),
                          a.target()))),
          Map.entry(
              "4.3",
              (a, g) ->
                  whole(
                      a,
                      reportOnly(
                          RecordSelector.of(
                              RecordKind.KNOWLEDGE_ASSET,
                              RecordFilter.builder()
                                  .addChannels(
                                      PublicationChannel.WEBSITE,
                                      PublicationChannel.INFORMATION_CENTRE)
                                  .build()),
                          CountUnit.RECORDS))),
          Map.entry(
              "4.4",
              (a, g) ->
                  whole(
                      a, staffShare(acknowledged(AcknowledgementTopic.KM_PRINCIPLES), a.target()))),
          Map.entry("4.5", BanWaenIndicators::happyWorkplace),
          Map.entry("4.6", BanWaenIndicators::measurement));

  private BanWaenIndicators() {}

  /**
   * The plan with the formal indicators attached: those of every activity it has among the 24 of
   * the Ban Waen plan, replacing any it had, and one or more for each monitoring rule. Activities
   * the Ban Waen plan does not have keep theirs.
   */
  public static KmPlan attach(KmPlan plan) {
    List<KmGoal> goals = new ArrayList<>();
    for (KmGoal goal : plan.goals()) {
      List<PlanActivity> activities = new ArrayList<>();
      for (PlanActivity activity : goal.activities()) {
        BiFunction<PlanActivity, KmGoal, List<Indicator>> row =
            ROWS.get(goal.number() + "." + activity.number());
        activities.add(
            row == null
                ? activity
                : PlanActivity.builder().from(activity).indicators(row.apply(activity, goal)).build());
      }
      goals.add(KmGoal.builder().from(goal).activities(activities).build());
    }
    List<MonitoringIndicator> monitoring = new ArrayList<>();
    for (MonitoringRule rule : plan.monitoringRules()) {
      for (IndicatorRule r : monitoringRules(rule)) {
        monitoring.add(new MonitoringIndicator(rule.key(), new Indicator(rule.text(), rule.text(), r)));
      }
    }
    return KmPlan.builder().from(plan).goals(goals).monitoringIndicators(monitoring).build();
  }

  /** How many activities of the Ban Waen plan this class formalizes. */
  static int rowCount() {
    return ROWS.size();
  }

  // Goal 1: work manuals and training reports (KM Process)

  /** 1.1 การบ่งชี้ความรู้: each position has made a work manual. */
  private static List<Indicator> identify(PlanActivity a, KmGoal g) {
    return whole(
        a, new IndicatorRule.Coverage(CoverageSet.POSITIONS, RecordSelector.of(RecordKind.KNOWLEDGE_ASSET, WORK_MANUALS).toDate()));
  }

  /** 1.2 การสร้างและแสวงหาความรู้: attendance, manuals, reports; the target names no measure. */
  private static List<Indicator> createAndAcquire(PlanActivity a, KmGoal g) {
    return items(
        a,
        List.of(
            reportOnly(meetings(MeetingKind.HEADS_OF_DIVISION), CountUnit.PERSONS),
            reportOnly(RecordSelector.of(RecordKind.KNOWLEDGE_ASSET, WORK_MANUALS), CountUnit.RECORDS),
            reportOnly(RecordSelector.of(RecordKind.TRAINING_REPORT), CountUnit.RECORDS)));
  }

  /**
   * 1.3 การจัดความรู้ให้เป็นระบบ: a manual made, at least five at the workshop, and the goal's
   * outcome of a reviewed manual in every division.
   */
  private static List<Indicator> organizeManuals(PlanActivity a, KmGoal g) {
    List<String> indicators = TargetParser.splitNumbered(a.indicator());
    List<String> targets = TargetParser.splitNumbered(a.target());
    String manualIndicator = pick(indicators, 0, a.indicator());
    String workshopIndicator = pick(indicators, 1, a.indicator());
    String workshopTarget = pick(targets, 1, a.target());
    List<Indicator> out = new ArrayList<>();
    out.add(
        new Indicator(
            manualIndicator,
            pick(targets, 0, a.target()),
            atLeastOnce(RecordSelector.of(RecordKind.KNOWLEDGE_ASSET, WORK_MANUALS))));
    out.add(
        new Indicator(
            workshopIndicator,
            workshopTarget,
            new IndicatorRule.Count(
                meetings(MeetingKind.WORKSHOP),
                CountUnit.PERSONS,
                countTarget(workshopTarget, new ParsedTarget.Count(Comparator.AT_LEAST, 5, "คน")))));
    String outcome =
        g.measurableOutcomes().stream()
            .filter(o -> o.contains("คู่มือ"))
            .findFirst()
            .orElse("จัดทำคู่มือปฏิบัติงานครบทุกส่วนราชการ");
    out.add(
        new Indicator(
            manualIndicator,
            outcome,
            new IndicatorRule.Coverage(
                CoverageSet.DIVISIONS,
                RecordSelector.of(
                        RecordKind.KNOWLEDGE_ASSET,
                        RecordFilter.builder()
                            .from(WORK_MANUALS)
                            .minimumStatus(AssetStatus.REVIEWED)
                            .build())
                    .toDate())));
    return out;
  }

  /** 1.5 การเข้าถึงความรู้: documents published, and accesses; neither has a number. */
  private static List<Indicator> accessGoal1(PlanActivity a, KmGoal g) {
    return items(
        a,
        List.of(
            reportOnly(assets(AssetStatus.PUBLISHED), CountUnit.RECORDS),
            reportOnly(RecordSelector.of(RecordKind.ACCESS_EVENT), CountUnit.QUANTITY)));
  }

  // Goal 4: the change-management elements

  /** 4.5 HAPPY WORKPLACE: every one retiring or turning 60 recognized; diligence report-only. */
  private static List<Indicator> happyWorkplace(PlanActivity a, KmGoal g) {
    IndicatorRule retiring =
        new IndicatorRule.Percentage(
            new Population(PopulationKind.RETIRING_OR_TURNING_SIXTY, OWN_STAFF),
            RecordSelector.of(
                RecordKind.RECOGNITION,
                RecordFilter.builder()
                    .addRecognitionKinds(RecognitionKind.RETIREMENT, RecognitionKind.AGE_60)
                    .build()),
            percentTarget(a.target(), HUNDRED));
    IndicatorRule diligence =
        reportOnly(
            RecordSelector.of(
                RecordKind.RECOGNITION,
                RecordFilter.builder().addRecognitionKinds(RecognitionKind.DILIGENCE).build()),
            CountUnit.PERSONS);
    return List.of(
        new Indicator(a.indicator(), a.target(), retiring),
        new Indicator(a.indicator(), a.target(), diligence));
  }

  /** 4.6 การวัดผล: the plan is monitored (an M&amp;E report), and staff understand KM. */
  private static List<Indicator> measurement(PlanActivity a, KmGoal g) {
    return List.of(
        new Indicator(
            a.indicator(), a.target(), atLeastOnce(RecordSelector.of(RecordKind.EVALUATION_REPORT))),
        new Indicator(
            a.indicator(),
            a.target(),
            staffShare(acknowledged(AcknowledgementTopic.KM_PRINCIPLES), a.target())));
  }

  // Monitoring rules (แนวทางการติดตามและประเมินผล)

  private static List<IndicatorRule> monitoringRules(MonitoringRule rule) {
    ParsedTarget.Percentage all = new ParsedTarget.Percentage(Comparator.AT_LEAST, HUNDRED);
    return switch (rule) {
      case MonitoringRule.TrainingReport r ->
          List.of(
              new IndicatorRule.DeadlineCompliance(
                  r.externalOnly()
                      ? RecordFilter.builder().addTrainingSettings(TrainingSetting.EXTERNAL).build()
                      : RecordFilter.any(),
                  r.days(),
                  all));
      case MonitoringRule.KnowledgeDocument r ->
          List.of(
              reportOnly(
                  RecordSelector.of(
                      RecordKind.KNOWLEDGE_ASSET,
                      RecordFilter.builder().addAssetKinds(AssetKind.TRAINING_REPORT).build()),
                  CountUnit.PERSONS));
      case MonitoringRule.SupervisorReview r ->
          List.of(new IndicatorRule.BeforeAfter(RecordFilter.any(), all));
      case MonitoringRule.EvaluationReport r ->
          List.of(
              new IndicatorRule.Occurrence(
                  RecordSelector.of(RecordKind.EVALUATION_REPORT), r.timesPerYear()));
      case MonitoringRule.Other r -> List.of(IndicatorRule.ReportOnly.nothing());
    };
  }
}
