package th.km.core.check;

import static th.km.core.check.TextTools.quote;
import static th.km.core.check.TextTools.squeeze;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.EditDistance;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;

/**
 * {@link FindingCode#STEP_NAME_MISMATCH}: an activity whose name is not the name of the step or
 * element it is filed under. A near miss ("การประเมินผลและกลั่นกรองความรู้" for
 * "การประมวลและกลั่นกรองความรู้") is a warning; the name of another step of the same framework is a
 * warning; a name for the activity's content ("HAPPY WORKPLACE" under recognition) is information.
 */
final class StepNameRule implements PlanRule {

  /** A name within this share of the step name's length in edits is a misspelling of it. */
  private static final double NEAR_MISS_SHARE = 0.35;

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    List<Finding> findings = new ArrayList<>();
    for (KmGoal g : plan.goals()) {
      for (PlanActivity a : g.activities()) {
        check(g, a).ifPresent(findings::add);
      }
    }
    return findings;
  }

  private static Optional<Finding> check(KmGoal g, PlanActivity a) {
    String name = squeeze(a.name());
    PlanStep step = a.step();
    if (matches(name, step)) {
      return Optional.empty();
    }
    FindingLocation at = FindingLocation.activity(g.number(), a.number(), a.sourceLine());
    String stepTh = step.number() + " " + quote(step.thaiName());
    String stepEn = step.number() + " " + step.englishName();
    for (PlanStep other : g.framework().steps()) {
      if (other != step && matches(name, other)) {
        return Optional.of(
            Finding.warning(
                FindingCode.STEP_NAME_MISMATCH,
                at,
                "กิจกรรม " + quote(a.name()) + " (" + at.toThai() + ") ใช้ชื่อขั้นตอนที่ " + other.number()
                    + " แต่จัดไว้ใต้ขั้นตอนที่ " + stepTh,
                "activity " + quote(a.name()) + " in " + at + " bears the name of step "
                    + other.number() + " but is filed under " + stepEn));
      }
    }
    int distance = distanceToStep(name, step);
    int stepLength = squeeze(step.thaiName()).length();
    if (distance <= Math.max(2, (int) Math.round(stepLength * NEAR_MISS_SHARE))) {
      return Optional.of(
          Finding.warning(
              FindingCode.STEP_NAME_MISMATCH,
              at,
              "ชื่อกิจกรรม " + quote(a.name()) + " (" + at.toThai() + ") เกือบตรงกับชื่อขั้นตอน "
                  + stepTh + " ที่จัดไว้ น่าจะพิมพ์ผิด",
              "activity " + quote(a.name()) + " in " + at + " is nearly, but not, the name of "
                  + stepEn + ", which it is filed under; probably a typing error"));
    }
    return Optional.of(
        Finding.info(
            FindingCode.STEP_NAME_MISMATCH,
            at,
            "กิจกรรม " + quote(a.name()) + " (" + at.toThai() + ") ตั้งชื่อตามเนื้อหา ไม่ใช่ชื่อขั้นตอน "
                + stepTh + " ที่จัดไว้",
            "activity " + quote(a.name()) + " in " + at + " is named for its content, not for "
                + stepEn + ", which it is filed under"));
  }

  /** The name is the step's name or an alias, or starts with one (details written after it). */
  private static boolean matches(String name, PlanStep step) {
    List<String> names = new ArrayList<>();
    names.add(step.thaiName());
    names.addAll(step.aliases());
    return names.stream().map(TextTools::squeeze).anyMatch(name::startsWith);
  }

  private static int distanceToStep(String name, PlanStep step) {
    List<String> names = new ArrayList<>();
    names.add(step.thaiName());
    names.addAll(step.aliases());
    return names.stream()
        .map(TextTools::squeeze)
        .mapToInt(n -> EditDistance.between(name, n))
        .min()
        .orElseThrow();
  }
}
