package th.km.persistence.national;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import th.km.core.plan.OrganizationType;

/**
 * The shapes a national dataset's plan takes, by organization type and size, so that the country's
 * plans differ in more than names and targets: how many goals and activities they have, what their
 * indicators measure and how (the kinds of rule), and how often the plan is reported on. Works on
 * the plan's JSON (the file format of plan-format.md), drawn from the organization's own random
 * stream, so that the same seed gives the same shapes.
 *
 * <ul>
 *   <li>{@link Shape#LARGE} (PAOs, city and town municipalities): the reference plan's four goals
 *       and 24 activities, and two more: a follow-up of trained staff by their supervisors
 *       (before/after, 80%) and a count of staff trained; activity meetings at least quarterly; the
 *       M&amp;E report twice a year.
 *   <li>{@link Shape#MEDIUM} (subdistrict municipalities): four goals, the last activity of goals 2
 *       and 3 left out; half of them count the staff reached by gatherings instead of a share.
 *   <li>{@link Shape#SMALL} (SAOs): three goals (the reference plan's goal 2, its report-only
 *       staff development, left out and the goals after it renumbered), and a draw between a share
 *       and a count of staff reached.
 * </ul>
 */
final class PlanShapes {

  /** The shapes, each named after the size of organization it suits. */
  enum Shape {
    LARGE,
    MEDIUM,
    SMALL
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlanShapes() {}

  /** The shape of an organization of the type. */
  static Shape of(OrganizationType type) {
    return switch (type) {
      case PROVINCIAL_ADMINISTRATIVE_ORGANIZATION, CITY_MUNICIPALITY, TOWN_MUNICIPALITY -> Shape.LARGE;
      case SUBDISTRICT_MUNICIPALITY -> Shape.MEDIUM;
      default -> Shape.SMALL;
    };
  }

  /** Gives the plan (its JSON, changed in place) the shape of its organization's type. */
  static void shape(ObjectNode plan, OrganizationType type, Random random) {
    ArrayNode goals = (ArrayNode) plan.path("goals");
    switch (of(type)) {
      case LARGE -> {
        addFollowUp(goals.get(0));
        addTrainedCount(goals.get(goals.size() - 1), 20 + 10 * random.nextInt(4));
        atLeast(goals.get(2).path("activities").get(0), 4);
        reportsPerYear(plan, 2);
      }
      case MEDIUM -> {
        dropLastActivity(goals.get(1));
        dropLastActivity(goals.get(2));
        if (random.nextBoolean()) {
          reachedInPersons(goals.get(3), 5 + 5 * random.nextInt(3));
        }
      }
      case SMALL -> {
        goals.remove(1);
        for (int i = 0; i < goals.size(); i++) {
          ((ObjectNode) goals.get(i)).put("number", i + 1);
        }
        if (random.nextInt(3) > 0) {
          reachedInPersons(goals.get(goals.size() - 1), 5);
        }
      }
    }
  }

  private static void dropLastActivity(JsonNode goal) {
    ArrayNode activities = (ArrayNode) goal.path("activities");
    activities.remove(activities.size() - 1);
  }

  /** An occurrence rule of the activity asks for {@code times} events, and its target says so. */
  private static void atLeast(JsonNode activity, int times) {
    for (JsonNode indicator : activity.path("indicators")) {
      ObjectNode rule = (ObjectNode) indicator.path("rule");
      if (rule.path("type").asText().equals("occurrence")) {
        rule.put("atLeast", times);
        ((ObjectNode) indicator)
            .put("targetText", "จัดกิจกรรมไม่น้อยกว่า " + PlanTemplates.thaiDigits(times) + " ครั้ง");
      }
    }
  }

  /** The plan's M&amp;E report is due {@code times} a year, in its rule and the rule's indicator. */
  private static void reportsPerYear(ObjectNode plan, int times) {
    for (JsonNode rule : plan.path("monitoringRules")) {
      if (rule.path("type").asText().equals("evaluationReport")) {
        ObjectNode r = (ObjectNode) rule;
        r.put("timesPerYear", times);
        r.put("text", r.path("text").asText().replace("ปีละ ๑ ครั้ง", "ปีละ " + PlanTemplates.thaiDigits(times) + " ครั้ง"));
      }
    }
    for (JsonNode m : plan.path("monitoringIndicators")) {
      ObjectNode rule = (ObjectNode) m.path("rule");
      if (rule.path("type").asText().equals("occurrence")
          && rule.path("selector").path("kind").asText().equals("EVALUATION_REPORT")) {
        rule.put("atLeast", times);
      }
    }
  }

  /**
   * The goal's activity that wants a share of staff at gatherings (seminars, workshops, sharing)
   * wants a number of them instead: "บุคลากรเข้าร่วมไม่น้อยกว่า N คน".
   */
  private static void reachedInPersons(JsonNode goal, int persons) {
    for (JsonNode activity : goal.path("activities")) {
      for (JsonNode indicator : activity.path("indicators")) {
        JsonNode rule = indicator.path("rule");
        if (rule.path("type").asText().equals("percentage")
            && rule.path("qualifying").path("kind").asText().equals("MEETING")) {
          ObjectNode count = NODES.objectNode();
          count.put("type", "count");
          count.set("selector", rule.path("qualifying").deepCopy());
          count.put("unit", "PERSONS");
          count.set("target", countTarget(persons));
          ObjectNode i = (ObjectNode) indicator;
          i.set("rule", count);
          i.put("targetText", "บุคลากรเข้าร่วมไม่น้อยกว่า " + PlanTemplates.thaiDigits(persons) + " คน");
        }
      }
    }
  }

  /** Goal 1 gains an activity: trained staff followed up by their supervisors, 80% improved. */
  private static void addFollowUp(JsonNode goal) {
    ObjectNode rule = NODES.objectNode();
    rule.put("type", "beforeAfter");
    rule.set("trainings", NODES.objectNode());
    ObjectNode target = NODES.objectNode();
    target.put("comparator", "AT_LEAST");
    target.put("percent", 80);
    rule.set("target", target);
    addActivity(
        goal,
        "การติดตามผลการปฏิบัติงานหลังการพัฒนา",
        "ผู้บังคับบัญชาประเมินผลการปฏิบัติงานก่อนและหลังการพัฒนา",
        "ผู้ผ่านการพัฒนามีผลการปฏิบัติงานดีขึ้นไม่น้อยกว่าร้อยละ ๘๐",
        rule);
  }

  /** The last goal gains an activity: at least {@code persons} staff trained in the year. */
  private static void addTrainedCount(JsonNode goal, int persons) {
    ObjectNode rule = NODES.objectNode();
    rule.put("type", "count");
    ObjectNode selector = NODES.objectNode();
    selector.put("kind", "TRAINING");
    selector.put("window", "PERIOD");
    rule.set("selector", selector);
    rule.put("unit", "PERSONS");
    rule.set("target", countTarget(persons));
    addActivity(
        goal,
        "การพัฒนาบุคลากรอย่างทั่วถึง",
        "จำนวนบุคลากรที่ได้รับการฝึกอบรม",
        "บุคลากรได้รับการฝึกอบรมไม่น้อยกว่า " + PlanTemplates.thaiDigits(persons) + " คน",
        rule);
  }

  private static ObjectNode countTarget(int value) {
    ObjectNode target = NODES.objectNode();
    target.put("comparator", "AT_LEAST");
    target.put("value", value);
    target.put("unit", "คน");
    return target;
  }

  /**
   * Appends an activity made from the goal's last one (its step, period and who is responsible),
   * with its own name, indicator, target and one formal indicator.
   */
  private static void addActivity(
      JsonNode goal, String name, String indicator, String target, ObjectNode rule) {
    ArrayNode activities = (ArrayNode) goal.path("activities");
    ObjectNode activity = activities.get(activities.size() - 1).deepCopy();
    activity.put("number", activities.size() + 1);
    activity.put("name", name);
    activity.put("method", name);
    activity.set("details", NODES.arrayNode());
    activity.put("indicator", indicator);
    activity.put("target", target);
    activity.remove("sourceLine");
    ArrayNode indicators = NODES.arrayNode();
    ObjectNode formal = NODES.objectNode();
    formal.put("indicatorText", indicator);
    formal.put("targetText", target);
    formal.set("rule", rule);
    indicators.add(formal);
    activity.set("indicators", indicators);
    activities.add(activity);
  }
}
