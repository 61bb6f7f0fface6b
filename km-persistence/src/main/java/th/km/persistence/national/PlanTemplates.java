package th.km.persistence.national;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Random;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationType;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.planfile.PlanJson;

/**
 * The plans of the national dataset, drawn from the reference plan of Ban Waen (with its indicators
 * formalized) as a template: each organization's own name, type, province and head's title in
 * every text, its own committee members, a percentage target of its own on each goal that has one,
 * and the fiscal year asked for, its months and dates moved with it; then given the shape of its
 * type and size ({@link PlanShapes}: goals, activities, kinds of rule).
 */
final class PlanTemplates {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEMPLATE = PlanJson.write(DemoYear.shippedPlan());
  private static final String TEMPLATE_YEAR = "2569";
  private static final Pattern ISO_YEAR = Pattern.compile("\"(20[0-9]{2})-([0-9]{2})");
  private static final List<Integer> PERCENTS = List.of(70, 75, 80, 85, 90, 95);
  private static final List<String> FIRST =
      List.of("สมชาย", "สมศรี", "ประเสริฐ", "วิไล", "สุรชัย", "อรุณี", "ธนากร", "กาญจนา", "พิชัย", "มาลี");
  private static final List<String> LAST =
      List.of("ใจดี", "แสงทอง", "บุญมา", "ศรีสุข", "คำแก้ว", "ทองดี", "มั่นคง", "พรหมมา", "อินทร์แก้ว");

  private PlanTemplates() {}

  /** The plan of one organization of the dataset for the year, drawn with {@code random}. */
  static KmPlan plan(NationalMix.Seat seat, FiscalYear year, Random random) {
    String text = moved(TEMPLATE, year.buddhistYear());
    OrganizationType type = seat.type();
    text =
        text.replace("เทศบาลตำบลบ้านแหวน", type.thaiName() + seat.name())
            .replace("นายกเทศมนตรีตำบลบ้านแหวน", type.headTitle() + seat.name())
            .replace("บ้านแหวน", seat.name())
            .replace("ปลัดเทศบาล", type.clerkTitle())
            .replace("นายกเทศมนตรี", type.headTitle())
            // The reference plan announces itself on a day that cannot exist (its seed defect).
            .replace("วันที่ 68 เดือน", "วันที่ ๒๘ เดือน");
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(text);
      ObjectNode org = JSON.createObjectNode();
      org.put("code", seat.code().value());
      org.put("type", type.name());
      org.put("name", seat.name());
      org.put("province", seat.province().thaiName());
      org.put("provinceCode", seat.province().code().value());
      root.set("organization", org);
      root.set("nameMentions", JSON.createArrayNode());
      for (JsonNode committee : root.path("committees")) {
        for (JsonNode member : committee.path("members")) {
          if (member.hasNonNull("personName")) {
            ((ObjectNode) member).put("personName", person(random));
          }
        }
      }
      int percent = PERCENTS.get(random.nextInt(PERCENTS.size()));
      for (JsonNode goal : root.path("goals")) {
        for (JsonNode activity : goal.path("activities")) {
          retarget((ArrayNode) activity.path("indicators"), percent);
        }
      }
      PlanShapes.shape(root, type, random);
      return PlanJson.read(JSON.writeValueAsString(root), seat.code() + ".json");
    } catch (IOException e) {
      throw new IllegalStateException("the plan template of " + seat.code() + " is not JSON", e);
    }
  }

  /**
   * A percentage target of 90 becomes the organization's own: the rule's number and the Thai
   * digits of its target text both, so that the text still says what the rule checks.
   */
  private static void retarget(ArrayNode indicators, int percent) {
    for (JsonNode indicator : indicators) {
      JsonNode target = indicator.path("rule").path("target");
      if (target.isObject() && target.path("percent").asInt(-1) == 90) {
        ((ObjectNode) target).put("percent", percent);
        ObjectNode i = (ObjectNode) indicator;
        i.put("targetText", i.path("targetText").asText().replace("๙๐", thaiDigits(percent)));
      }
    }
  }

  private static String person(Random random) {
    String title = random.nextBoolean() ? "นาย" : "นาง";
    return title + FIRST.get(random.nextInt(FIRST.size())) + " "
        + LAST.get(random.nextInt(LAST.size()));
  }

  /** The template's text with its fiscal year, months and dates moved to {@code buddhistYear}. */
  static String moved(String template, int buddhistYear) {
    int shift = buddhistYear - Integer.parseInt(TEMPLATE_YEAR);
    if (shift == 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length());
    Matcher m = ISO_YEAR.matcher(template);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1)) + shift;
      m.appendReplacement(out, "\"" + year + "-" + m.group(2));
    }
    m.appendTail(out);
    String text = out.toString();
    // Replaced from the far end first, so that a year already moved is not moved again.
    for (int i = 0; i <= 4; i++) {
      int y = shift > 0 ? 2570 - i : 2566 + i;
      text =
          text.replace(thaiDigits(y), thaiDigits(y + shift))
              .replace(String.valueOf(y), String.valueOf(y + shift));
    }
    return text;
  }

  static String thaiDigits(int number) {
    StringBuilder s = new StringBuilder();
    for (char c : String.valueOf(number).toCharArray()) {
      s.append((char) ('๐' + (c - '0')));
    }
    return s.toString();
  }
}
