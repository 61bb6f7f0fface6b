package th.km.core.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.LocalizedText;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.PlanActivity;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.MeetingKind;
import th.km.core.records.RecognitionKind;
import th.km.core.records.RecordKind;
import th.km.core.records.TrainingSetting;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;
import th.km.core.target.TargetParser;

/**
 * Drafts indicator rules from a plan's own Thai indicator and target texts, for the KM secretary to
 * review: the target is read by {@link TargetParser}, and what it measures is recognized from the
 * words of the target and the indicator ("ทราบเป้าหมาย KM", "เข้าร่วมอบรม", "คู่มือ"). A target with no
 * number, or a measure the words do not name, is left report-only with a {@link DraftNote}; nothing
 * is ever given a target the plan does not state.
 */
public final class IndicatorDrafter {

  /** What an indicator's words say is measured. */
  private enum Subject {
    KNOW_GOALS,
    UNDERSTAND_KM,
    REACH_KM,
    RECOGNITION,
    ATTENDANCE,
    TRAINED,
    TRAINING_REPORTS,
    ACCESSES,
    WORK_MANUALS,
    KNOWLEDGE_ASSETS,
    MEETINGS
  }

  /** Words that name a subject, tried in order, so that the more specific come first. */
  private record Cue(String words, Subject subject) {}

  private static final List<Cue> CUES =
      List.of(
          new Cue("ทราบเป้าหมาย", Subject.KNOW_GOALS),
          new Cue("เข้าใจ", Subject.UNDERSTAND_KM),
          new Cue("ตระหนัก", Subject.UNDERSTAND_KM),
          new Cue("เข้าถึงการจัดการความรู้", Subject.REACH_KM),
          new Cue("เกษียณ", Subject.RECOGNITION),
          new Cue("อายุครบ", Subject.RECOGNITION),
          new Cue("เข้าร่วมอบรม", Subject.ATTENDANCE),
          new Cue("ผู้เข้าร่วม", Subject.ATTENDANCE),
          new Cue("การเข้าร่วมประชุม", Subject.ATTENDANCE),
          new Cue("รายงานผลการฝึกอบรม", Subject.TRAINING_REPORTS),
          new Cue("ได้รับการอบรม", Subject.TRAINED),
          new Cue("ได้รับการฝึกอบรม", Subject.TRAINED),
          new Cue("การเข้าถึง", Subject.ACCESSES),
          new Cue("ผู้เข้าถึง", Subject.ACCESSES),
          new Cue("คู่มือ", Subject.WORK_MANUALS),
          new Cue("ฐานข้อมูล", Subject.KNOWLEDGE_ASSETS),
          new Cue("ฐานความรู้", Subject.KNOWLEDGE_ASSETS),
          new Cue("ข้อมูลความรู้", Subject.KNOWLEDGE_ASSETS),
          new Cue("ประชุม", Subject.MEETINGS),
          new Cue("สัมมนา", Subject.MEETINGS));

  /** A plan with drafted indicators and what could not be drafted. */
  public record Drafted(KmPlan plan, List<DraftNote> notes) {
    public Drafted {
      notes = List.copyOf(notes);
    }
  }

  /** One drafted indicator and, when it is report-only or partial, why. */
  public record Draft(Indicator indicator, Optional<LocalizedText> note) {}

  private IndicatorDrafter() {}

  /**
   * Drafts the indicators of every activity and monitoring rule that has none yet; those that have
   * some are left as they are.
   */
  public static Drafted draft(KmPlan plan) {
    List<DraftNote> notes = new ArrayList<>();
    List<KmGoal> goals = new ArrayList<>();
    for (KmGoal goal : plan.goals()) {
      List<PlanActivity> activities = new ArrayList<>();
      for (PlanActivity activity : goal.activities()) {
        if (!activity.indicators().isEmpty()) {
          activities.add(activity);
          continue;
        }
        String where = "goal-" + goal.number() + "/activity-" + activity.number();
        List<Draft> drafts = draft(activity.indicator(), activity.target());
        activities.add(
            PlanActivity.builder()
                .from(activity)
                .indicators(drafts.stream().map(Draft::indicator).toList())
                .build());
        collect(where, drafts, notes);
      }
      goals.add(KmGoal.builder().from(goal).activities(activities).build());
    }
    List<MonitoringIndicator> monitoring = new ArrayList<>(plan.monitoringIndicators());
    for (MonitoringRule rule : plan.monitoringRules()) {
      if (plan.monitoringIndicators(rule.key()).isEmpty()) {
        Draft d = draft(rule);
        monitoring.add(new MonitoringIndicator(rule.key(), d.indicator()));
        collect("monitoring/" + rule.key(), List.of(d), notes);
      }
    }
    return new Drafted(
        KmPlan.builder().from(plan).goals(goals).monitoringIndicators(monitoring).build(), notes);
  }

  private static void collect(String where, List<Draft> drafts, List<DraftNote> notes) {
    for (int i = 0; i < drafts.size(); i++) {
      int number = i + 1;
      drafts.get(i).note().ifPresent(n -> notes.add(new DraftNote(where, number, n)));
    }
  }

  /**
   * Drafts the indicators of one activity. Numbered items ("๑. … ๒. …") in both texts are paired
   * one to one when both have the same number of items; otherwise the texts make one indicator.
   */
  public static List<Draft> draft(String indicatorText, String targetText) {
    List<String> indicators = TargetParser.splitNumbered(indicatorText);
    List<String> targets = TargetParser.splitNumbered(targetText);
    if (indicators.size() > 1 && indicators.size() == targets.size()) {
      List<Draft> drafts = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        drafts.add(draftOne(indicators.get(i), targets.get(i)));
      }
      return drafts;
    }
    return List.of(draftOne(indicatorText, targetText));
  }

  private static Draft draftOne(String indicatorText, String targetText) {
    ParsedTarget target = TargetParser.parse(targetText);
    Optional<Subject> subject = subject(targetText).or(() -> subject(indicatorText));
    String words = squeeze(targetText + indicatorText);
    return switch (target) {
      case ParsedTarget.Percentage p -> percentage(indicatorText, targetText, p, subject, words);
      case ParsedTarget.Count c -> count(indicatorText, targetText, c, subject, words);
      case ParsedTarget.Every e -> every(indicatorText, targetText, e, subject);
      case ParsedTarget.Unmeasurable u ->
          reportOnly(
              indicatorText,
              targetText,
              subject,
              LocalizedText.of(
                  "เป้าหมาย \"" + targetText.strip() + "\" วัดผลไม่ได้ (" + u.reasonTh()
                      + ") จึงรายงานผลเท่านั้น",
                  "target \"" + targetText.strip() + "\" cannot be measured (" + u.reasonEn()
                      + "), so it is report-only"));
    };
  }

  private static Draft percentage(
      String indicatorText,
      String targetText,
      ParsedTarget.Percentage p,
      Optional<Subject> subject,
      String words) {
    Optional<IndicatorRule> rule =
        subject.flatMap(
            s ->
                switch (s) {
                  case KNOW_GOALS -> Optional.of(ofActiveStaff(acknowledged(AcknowledgementTopic.KM_GOALS), p));
                  case UNDERSTAND_KM ->
                      Optional.of(ofActiveStaff(acknowledged(AcknowledgementTopic.KM_PRINCIPLES), p));
                  case REACH_KM, ATTENDANCE ->
                      Optional.of(ofActiveStaff(RecordSelector.of(RecordKind.MEETING), p));
                  case TRAINED -> Optional.of(ofActiveStaff(RecordSelector.of(RecordKind.TRAINING), p));
                  case RECOGNITION ->
                      Optional.of(
                          new IndicatorRule.Percentage(
                              Population.of(PopulationKind.RETIRING_OR_TURNING_SIXTY),
                              RecordSelector.of(
                                  RecordKind.RECOGNITION,
                                  RecordFilter.builder()
                                      .addRecognitionKinds(RecognitionKind.RETIREMENT, RecognitionKind.AGE_60)
                                      .build()),
                              p));
                  default -> Optional.empty();
                });
    if (rule.isEmpty()) {
      return unrecognized(indicatorText, targetText, subject);
    }
    Optional<LocalizedText> note =
        subject.get() == Subject.RECOGNITION && words.contains("วิริยะ")
            ? Optional.of(
                LocalizedText.of(
                    "วัดได้เฉพาะบุคลากรที่เกษียณอายุราชการหรืออายุครบ ๖๐ ปี ส่วนบุคลากรที่ปฏิบัติงานด้วยความวิริยะอุตสาหะ"
                        + "ไม่มีบันทึกที่บอกได้ว่าเป็นผู้ใด",
                    "only staff retiring or turning 60 are measured; no record says which staff are"
                        + " diligent"))
            : Optional.empty();
    return new Draft(new Indicator(indicatorText, targetText, rule.get()), note);
  }

  private static Draft count(
      String indicatorText,
      String targetText,
      ParsedTarget.Count c,
      Optional<Subject> subject,
      String words) {
    Optional<IndicatorRule> rule =
        subject.flatMap(s -> measure(s, words))
            .map(m -> new IndicatorRule.Count(m.selector(), m.unit(), c));
    return rule.isEmpty()
        ? unrecognized(indicatorText, targetText, subject)
        : new Draft(new Indicator(indicatorText, targetText, rule.get()), Optional.empty());
  }

  private static Draft every(
      String indicatorText, String targetText, ParsedTarget.Every e, Optional<Subject> subject) {
    Optional<CoverageSet> set =
        e.what().contains("ตำแหน่ง")
            ? Optional.of(CoverageSet.POSITIONS)
            : (e.what().contains("ส่วนราชการ") || e.what().contains("กอง") || e.what().contains("สำนัก")
                ? Optional.of(CoverageSet.DIVISIONS)
                : Optional.empty());
    if (set.isEmpty() || subject.isEmpty() || subject.get() != Subject.WORK_MANUALS) {
      return unrecognized(indicatorText, targetText, subject);
    }
    return new Draft(
        new Indicator(indicatorText, targetText, new IndicatorRule.Coverage(set.get(), reviewedManualsToDate())),
        Optional.empty());
  }

  private static Draft unrecognized(String indicatorText, String targetText, Optional<Subject> subject) {
    return reportOnly(
        indicatorText,
        targetText,
        subject,
        LocalizedText.of(
            "อ่านเป้าหมาย \"" + targetText.strip() + "\" ได้ แต่ไม่รู้ว่าต้องนับบันทึกใด จึงรายงานผลเท่านั้น",
            "target \"" + targetText.strip() + "\" is readable but what it counts is not, so it is"
                + " report-only"));
  }

  private static Draft reportOnly(
      String indicatorText, String targetText, Optional<Subject> subject, LocalizedText note) {
    String words = squeeze(targetText + indicatorText);
    IndicatorRule rule =
        subject
            .flatMap(s -> measure(s, words))
            .<IndicatorRule>map(m -> IndicatorRule.ReportOnly.counting(m.selector(), m.unit()))
            .orElse(IndicatorRule.ReportOnly.nothing());
    return new Draft(new Indicator(indicatorText, targetText, rule), Optional.of(note));
  }

  /** What to count for a subject, in what unit. */
  private record Measure(RecordSelector selector, CountUnit unit) {}

  private static Optional<Measure> measure(Subject s, String words) {
    return switch (s) {
      case ATTENDANCE ->
          Optional.of(
              new Measure(
                  words.contains("เชิงปฏิบัติการ")
                      ? RecordSelector.of(
                          RecordKind.MEETING,
                          RecordFilter.builder().addMeetingKinds(MeetingKind.WORKSHOP).build())
                      : RecordSelector.of(RecordKind.MEETING),
                  CountUnit.PERSONS));
      case REACH_KM -> Optional.of(new Measure(RecordSelector.of(RecordKind.MEETING), CountUnit.PERSONS));
      case TRAINED -> Optional.of(new Measure(RecordSelector.of(RecordKind.TRAINING), CountUnit.PERSONS));
      case TRAINING_REPORTS ->
          Optional.of(new Measure(RecordSelector.of(RecordKind.TRAINING_REPORT), CountUnit.RECORDS));
      case ACCESSES -> Optional.of(new Measure(RecordSelector.of(RecordKind.ACCESS_EVENT), CountUnit.QUANTITY));
      case WORK_MANUALS ->
          Optional.of(
              new Measure(
                  RecordSelector.of(
                      RecordKind.KNOWLEDGE_ASSET,
                      RecordFilter.builder().addAssetKinds(AssetKind.WORK_MANUAL).build()),
                  CountUnit.RECORDS));
      case KNOWLEDGE_ASSETS ->
          Optional.of(new Measure(RecordSelector.of(RecordKind.KNOWLEDGE_ASSET), CountUnit.RECORDS));
      case MEETINGS -> Optional.of(new Measure(RecordSelector.of(RecordKind.MEETING), CountUnit.RECORDS));
      case KNOW_GOALS ->
          Optional.of(new Measure(acknowledged(AcknowledgementTopic.KM_GOALS), CountUnit.PERSONS));
      case UNDERSTAND_KM ->
          Optional.of(new Measure(acknowledged(AcknowledgementTopic.KM_PRINCIPLES), CountUnit.PERSONS));
      case RECOGNITION -> Optional.of(new Measure(RecordSelector.of(RecordKind.RECOGNITION), CountUnit.PERSONS));
    };
  }

  /** Drafts the indicator of a monitoring rule from what the rule states. */
  public static Draft draft(MonitoringRule rule) {
    return switch (rule) {
      case MonitoringRule.TrainingReport r -> {
        RecordFilter trainings =
            r.externalOnly()
                ? RecordFilter.builder().addTrainingSettings(TrainingSetting.EXTERNAL).build()
                : RecordFilter.any();
        yield new Draft(
            new Indicator(
                r.text(),
                "ภายใน " + r.days() + " วัน",
                new IndicatorRule.DeadlineCompliance(
                    trainings,
                    r.days(),
                    new ParsedTarget.Percentage(Comparator.AT_LEAST, BigDecimal.valueOf(100)))),
            Optional.empty());
      }
      case MonitoringRule.EvaluationReport r ->
          new Draft(
              new Indicator(
                  r.text(),
                  "อย่างน้อยปีละ " + r.timesPerYear() + " ครั้ง",
                  new IndicatorRule.Occurrence(
                      RecordSelector.of(RecordKind.EVALUATION_REPORT), r.timesPerYear())),
              Optional.empty());
      case MonitoringRule.SupervisorReview r ->
          new Draft(
              new Indicator(
                  r.text(),
                  "",
                  IndicatorRule.ReportOnly.counting(
                      RecordSelector.of(RecordKind.SUPERVISOR_RATING), CountUnit.RECORDS)),
              Optional.of(
                  LocalizedText.of(
                      "แผนไม่ได้กำหนดสัดส่วนของผู้ที่ต้องมีผลการปฏิบัติงานดีขึ้น จึงแสดงจำนวนการประเมินเท่านั้น",
                      "the plan sets no share of staff who must improve, so only the number of"
                          + " ratings is shown")));
      case MonitoringRule.KnowledgeDocument r ->
          new Draft(
              new Indicator(
                  r.text(),
                  "",
                  IndicatorRule.ReportOnly.counting(
                      RecordSelector.of(
                          RecordKind.KNOWLEDGE_ASSET,
                          RecordFilter.builder().addAssetKinds(AssetKind.TRAINING_REPORT).build()),
                      CountUnit.RECORDS)),
              Optional.of(
                  LocalizedText.of(
                      "แผนไม่ได้กำหนดจำนวนชุดองค์ความรู้ที่ต้องจัดทำ จึงแสดงจำนวนเท่านั้น",
                      "the plan sets no number of knowledge documents, so only their number is"
                          + " shown")));
      case MonitoringRule.Other r ->
          new Draft(
              new Indicator(r.text(), "", IndicatorRule.ReportOnly.nothing()),
              Optional.of(
                  LocalizedText.of(
                      "ไม่รู้ว่าจะวัดแนวทางนี้จากบันทึกใด จึงรายงานผลเท่านั้น",
                      "it is not known which records measure this guidance, so it is report-only")));
    };
  }

  private static IndicatorRule.Percentage ofActiveStaff(
      RecordSelector qualifying, ParsedTarget.Percentage target) {
    return new IndicatorRule.Percentage(Population.of(PopulationKind.ACTIVE_STAFF), qualifying, target);
  }

  private static RecordSelector acknowledged(AcknowledgementTopic topic) {
    return RecordSelector.of(RecordKind.ACKNOWLEDGEMENT, RecordFilter.builder().addTopics(topic).build());
  }

  private static RecordSelector reviewedManualsToDate() {
    return RecordSelector.of(
            RecordKind.KNOWLEDGE_ASSET,
            RecordFilter.builder()
                .addAssetKinds(AssetKind.WORK_MANUAL)
                .minimumStatus(AssetStatus.REVIEWED)
                .build())
        .toDate();
  }

  private static Optional<Subject> subject(String text) {
    String s = squeeze(text);
    for (Cue c : CUES) {
      if (s.contains(c.words())) {
        return Optional.of(c.subject());
      }
    }
    return Optional.empty();
  }

  /** The text without white space, because a PDF puts spaces inside words. */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
