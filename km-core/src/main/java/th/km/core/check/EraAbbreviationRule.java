package th.km.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmPlan;

/**
 * {@link FindingCode#ERA_ABBREVIATION}: "พ.ศ" without its final dot where the plan elsewhere writes
 * "พ.ศ.", reported once for the plan with the places it occurs.
 */
final class EraAbbreviationRule implements PlanRule {

  private static final Pattern WITHOUT_DOT = Pattern.compile("พ\\s?\\.\\s?ศ(?!\\s?\\.)");
  private static final Pattern WITH_DOT = Pattern.compile("พ\\s?\\.\\s?ศ\\s?\\.");
  private static final int PLACES_NAMED = 5;

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    List<PlanText> without = new ArrayList<>();
    boolean withDot = false;
    for (PlanText t : texts) {
      withDot |= WITH_DOT.matcher(t.text()).find();
      if (WITHOUT_DOT.matcher(t.text()).find()) {
        without.add(t);
      }
    }
    if (without.isEmpty() || !withDot) {
      return List.of();
    }
    List<String> th = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (PlanText t : without) {
      String thai = t.where().th();
      String english = t.where().en();
      if (!th.contains(thai) && th.size() < PLACES_NAMED) {
        th.add(thai);
        en.add(english);
      }
    }
    String more = without.size() > th.size() ? " …" : "";
    return List.of(
        Finding.info(
            FindingCode.ERA_ABBREVIATION,
            without.get(0).location(),
            "เขียน \"พ.ศ\" โดยไม่มีจุดท้าย " + without.size() + " แห่ง (" + String.join(", ", th) + more
                + ") ขณะที่ที่อื่นเขียน \"พ.ศ.\"",
            "\"พ.ศ\" is written without its final dot in " + without.size() + " places ("
                + String.join(", ", en) + more + ") while elsewhere the plan writes \"พ.ศ.\""));
  }
}
