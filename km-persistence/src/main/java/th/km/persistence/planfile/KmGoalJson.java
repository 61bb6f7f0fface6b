package th.km.persistence.planfile;

import static th.km.persistence.planfile.JsonOut.JSON;
import static th.km.persistence.planfile.JsonOut.array;
import static th.km.persistence.planfile.JsonOut.putOptional;
import static th.km.persistence.planfile.JsonOut.texts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import th.km.core.calendar.MonthRange;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;

/**
 * The mapping between a plan's KM goals (เป้าหมาย KM) with their action-plan activities
 * (แผนการจัดการความรู้ KM Action) and the JSON of the plan file, with the step and period each
 * activity names.
 */
final class KmGoalJson {

  private KmGoalJson() {}

  static ObjectNode writeGoal(KmGoal goal) {
    ObjectNode o = JSON.objectNode();
    o.put("number", goal.number());
    o.put("title", goal.title());
    o.set("titleVariants", texts(goal.titleVariants()));
    o.set("measurableOutcomes", texts(goal.measurableOutcomes()));
    o.put("framework", goal.framework().name());
    o.set("activities", array(goal.activities(), KmGoalJson::writeActivity));
    return o;
  }

  static KmGoal readGoal(JsonIn in) {
    KmGoal.Builder goal =
        KmGoal.builder()
            .number(in.integer("number"))
            .title(in.text("title"))
            .titleVariants(in.texts("titleVariants"))
            .measurableOutcomes(in.texts("measurableOutcomes"));
    Framework framework = in.constant("framework", Framework.class);
    List<PlanActivity> activities = in.objects("activities", KmGoalJson::readActivity);
    in.requireUnique(
        "activities",
        activities,
        "number",
        PlanActivity::number,
        "ลำดับกิจกรรม",
        "activity number");
    for (int i = 0; i < activities.size(); i++) {
      Framework filed = activities.get(i).step().framework();
      if (filed != framework) {
        throw in.error(
            in.path("activities").index(i).field("step").field("framework"),
            "เป้าหมายนี้วางแผนตาม " + framework.name() + " แต่กิจกรรมนี้อยู่ใน " + filed.name(),
            "the goal is planned on " + framework.name() + " but this activity on " + filed.name());
      }
    }
    return goal.framework(framework).activities(activities).build();
  }

  static ObjectNode writeActivity(PlanActivity activity) {
    ObjectNode o = JSON.objectNode();
    o.put("number", activity.number());
    o.put("name", activity.name());
    o.set("details", texts(activity.details()));
    o.set("step", writeStep(activity.step()));
    o.put("method", activity.method());
    o.set("period", writePeriod(activity.period()));
    o.put("indicator", activity.indicator());
    o.put("target", activity.target());
    o.put("responsible", activity.responsible());
    putOptional(o, "note", activity.note());
    activity.sourceLine().ifPresent(line -> o.put("sourceLine", line));
    o.set("indicators", array(activity.indicators(), IndicatorMapping::writeIndicator));
    return o;
  }

  static PlanActivity readActivity(JsonIn in) {
    return PlanActivity.builder()
        .number(in.integer("number"))
        .name(in.text("name"))
        .details(in.texts("details"))
        .step(in.object("step", KmGoalJson::readStep))
        .method(in.text("method"))
        .period(in.object("period", KmGoalJson::readPeriod))
        .indicator(in.text("indicator"))
        .target(in.text("target"))
        .responsible(in.text("responsible"))
        .note(in.optionalText("note"))
        .sourceLine(in.optionalInteger("sourceLine"))
        .indicators(in.objects("indicators", IndicatorMapping::readIndicator))
        .build();
  }

  // Period (ระยะเวลา) and month range

  static ObjectNode writePeriod(ActivityPeriod period) {
    ObjectNode o = JSON.objectNode();
    o.put("text", period.text());
    period.months().ifPresent(m -> o.set("months", writeMonthRange(m)));
    return o;
  }

  static ActivityPeriod readPeriod(JsonIn in) {
    return new ActivityPeriod(
        in.text("text"), in.optionalObject("months", KmGoalJson::readMonthRange));
  }

  static ObjectNode writeMonthRange(MonthRange range) {
    ObjectNode o = JSON.objectNode();
    o.put("start", range.start().toString());
    o.put("end", range.end().toString());
    return o;
  }

  static MonthRange readMonthRange(JsonIn in) {
    return new MonthRange(
        in.text("start", IsoDateText::month, IsoDateText.MONTH_TH, IsoDateText.MONTH_EN),
        in.text("end", IsoDateText::month, IsoDateText.MONTH_TH, IsoDateText.MONTH_EN));
  }

  static ObjectNode writeStep(PlanStep step) {
    ObjectNode o = JSON.objectNode();
    o.put("framework", step.framework().name());
    o.put("number", step.number());
    return o;
  }

  static PlanStep readStep(JsonIn in) {
    Framework framework = in.constant("framework", Framework.class);
    int number = in.integer("number");
    int count = framework.steps().size();
    if (number < 1 || number > count) {
      throw in.error(
          in.path("number"),
          framework.name() + " มีขั้นที่ 1 ถึง " + count + " ไม่มีขั้นที่ " + number,
          framework.name() + " has steps 1 to " + count + ", not " + number);
    }
    return PlanStep.of(framework, number);
  }
}
