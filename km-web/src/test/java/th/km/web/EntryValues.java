package th.km.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Valid values for each data-entry form of the test year as of 15 March 2026, all about staff
 * member s1 (Prasert, finance) or the finance division, so that the secretary, the head of
 * finance and Prasert himself may write most of them.
 */
final class EntryValues {

  /** Fields whose values are lists in JSON. */
  private static final Set<String> LISTS = Set.of("authorIds", "channels", "attendeeIds");

  private EntryValues() {}

  /** The slugs of every form. */
  static final List<String> FORMS =
      List.of(
          "training", "training-report", "sign-off", "supervisor-rating", "knowledge-asset", "meeting",
          "acknowledgement", "progress-update", "recognition", "monitoring-note", "staff-member",
          "knowledge-access", "evaluation-report");

  /** The JSON API's collection of each form. */
  static String collection(String form) {
    return switch (form) {
      case "training" -> "trainings";
      case "training-report" -> "training-reports";
      case "sign-off" -> "sign-offs";
      case "supervisor-rating" -> "supervisor-ratings";
      case "knowledge-asset" -> "knowledge-assets";
      case "meeting" -> "meetings";
      case "acknowledgement" -> "acknowledgements";
      case "progress-update" -> "progress-updates";
      case "recognition" -> "recognitions";
      case "monitoring-note" -> "monitoring-notes";
      case "staff-member" -> "staff-members";
      case "knowledge-access" -> "knowledge-accesses";
      case "evaluation-report" -> "evaluation-reports";
      default -> throw new IllegalArgumentException(form);
    };
  }

  /** Valid values of the form. */
  static Map<String, List<String>> valid(String form) {
    Map<String, List<String>> v = new LinkedHashMap<>();
    switch (form) {
      case "training" -> {
        v.put("personId", List.of("s1"));
        v.put("title", List.of("หลักสูตรการเงินการคลังท้องถิ่น"));
        v.put("trainingKind", List.of("TRAINING"));
        v.put("setting", List.of("EXTERNAL"));
        v.put("start", List.of("2/3/2569"));
        v.put("end", List.of("2026-03-04"));
        v.put("returned", List.of(""));
      }
      case "training-report" -> {
        v.put("trainingId", List.of("t2"));
        v.put("submittedOn", List.of("14/3/2569"));
      }
      case "sign-off" -> {
        v.put("reportId", List.of("r5"));
        v.put("position", List.of("ปลัดเทศบาล"));
        v.put("signedOn", List.of("12 มีนาคม 2569"));
      }
      case "supervisor-rating" -> {
        v.put("trainingId", List.of("t2"));
        v.put("before", List.of("3"));
        v.put("after", List.of("4"));
        v.put("ratedOn", List.of("13/3/2569"));
      }
      case "knowledge-asset" -> {
        v.put("title", List.of("คู่มือการเบิกจ่ายเงิน"));
        v.put("assetKind", List.of("WORK_MANUAL"));
        v.put("withFlowchart", List.of("true"));
        v.put("division", List.of("finance"));
        v.put("authorIds", List.of("s1"));
        v.put("createdOn", List.of("1/3/2569"));
        v.put("status", List.of("PUBLISHED"));
        v.put("reviewedOn", List.of("5/3/2569"));
        v.put("channels", List.of("WEBSITE", "NOTICE_BOARD"));
        v.put("publishedOn", List.of("10/3/2569"));
      }
      case "meeting" -> {
        v.put("meetingKind", List.of("WORKSHOP"));
        v.put("title", List.of("อบรมเชิงปฏิบัติการการเบิกจ่าย"));
        v.put("date", List.of("9/3/2569"));
        v.put("division", List.of("finance"));
        v.put("attendeeIds", List.of("s1"));
        v.put("otherAttendees", List.of("4"));
      }
      case "acknowledgement" -> {
        v.put("personId", List.of("s1"));
        v.put("topic", List.of("KM_GOALS"));
        v.put("date", List.of("11/3/2569"));
      }
      case "progress-update" -> {
        v.put("activity", List.of("1.2"));
        v.put("date", List.of("12/3/2569"));
        v.put("percent", List.of("40"));
        v.put("narrative", List.of("จัดอบรมแล้วหนึ่งครั้ง"));
      }
      case "recognition" -> {
        v.put("personId", List.of("s1"));
        v.put("recognitionKind", List.of("DILIGENCE"));
        v.put("date", List.of("10/3/2569"));
      }
      case "monitoring-note" -> {
        v.put("round", List.of("HALF_YEAR-1"));
        v.put("subject", List.of("1.2"));
        v.put("date", List.of("12/3/2569"));
        v.put("problems", List.of("บุคลากรติดภารกิจ\nงบประมาณจำกัด"));
        v.put("recommendations", List.of("ควรจัดกิจกรรมนอกเวลาราชการ"));
      }
      case "staff-member" -> {
        v.put("name", List.of("นางสาวสมหญิง ใจดี"));
        v.put("category", List.of("MUNICIPAL_OFFICER"));
        v.put("division", List.of("finance"));
        v.put("position", List.of("นักวิชาการเงินและบัญชี"));
        v.put("birthDate", List.of("2/10/2509"));
        v.put("joinedOn", List.of("1/3/2569"));
      }
      case "knowledge-access" -> {
        v.put("assetId", List.of("a1"));
        v.put("channel", List.of("WEBSITE"));
        v.put("date", List.of("12/3/2569"));
        v.put("hits", List.of("5"));
      }
      case "evaluation-report" -> {
        v.put("submittedOn", List.of("12/3/2569"));
        v.put("recipient", List.of("นายกเทศมนตรี"));
        v.put("recommendations", List.of("เร่งรัดการจัดทำคู่มือ\nติดตามรายงานผลการอบรม"));
      }
      default -> throw new IllegalArgumentException(form);
    }
    return v;
  }

  /** The values with the CSRF token, as a form sends them. */
  static Map<String, List<String>> form(Map<String, List<String>> values, String csrf) {
    Map<String, List<String>> f = new LinkedHashMap<>();
    f.put("_csrf", List.of(csrf));
    f.putAll(values);
    return f;
  }

  /** The values as a JSON body. */
  static String json(Map<String, List<String>> values) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode o = mapper.createObjectNode();
    values.forEach(
        (k, v) -> {
          if (LISTS.contains(k)) {
            ArrayNode a = o.putArray(k);
            v.forEach(a::add);
          } else if (!v.isEmpty() && !v.get(0).isEmpty()) {
            o.put(k, v.get(0));
          }
        });
    return o.toString();
  }
}
