package th.km.persistence.records;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import th.km.core.records.ActivityRef;
import th.km.core.records.MonitoringNote;
import th.km.core.records.RecordKind;
import th.km.core.records.ReportRound;
import th.km.persistence.records.FolderContext.DateRole;

/**
 * The line of {@code monitoring-notes.jsonl} for one of the M&amp;E committee's notes of problems
 * and recommendations (ปัญหาอุปสรรคและข้อเสนอแนะ), both ways.
 */
final class MonitoringNoteMapping {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private MonitoringNoteMapping() {}

  static ObjectNode write(MonitoringNote n) {
    ObjectNode o = JSON.objectNode();
    o.put("id", n.id());
    o.put("round", n.round().kind().name());
    o.put("roundNumber", n.round().number());
    o.put("date", n.date().toString());
    n.goal().ifPresent(g -> o.put("goal", g));
    n.activity().ifPresent(a -> o.put("activity", a));
    ArrayNode problems = o.putArray("problems");
    n.problems().forEach(problems::add);
    ArrayNode recommendations = o.putArray("recommendations");
    n.recommendations().forEach(recommendations::add);
    o.put("enteredBy", n.enteredBy());
    return o;
  }

  static Optional<MonitoringNote> read(LineIn in) {
    String id = in.id(RecordKind.MONITORING_NOTE);
    ReportRound.Kind kind = in.constant("round", ReportRound.Kind.class);
    int number = in.optionalInteger("roundNumber", 1, 4, 1);
    LocalDate date = in.date("date", DateRole.EVENT);
    int goal = in.optionalInteger("goal", 1, 99, 0);
    int activity = in.optionalInteger("activity", 1, 99, 0);
    List<String> problems = in.texts("problems");
    List<String> recommendations = in.texts("recommendations");
    String enteredBy = in.text("enteredBy");
    if (in.fine("round", "roundNumber")) {
      in.require(
          number <= kind.perYear(),
          "roundNumber",
          "รอบ" + kind.thaiName() + "มีได้ " + kind.perYear() + " ครั้งต่อปี ไม่ใช่ครั้งที่ " + number,
          "a " + kind.option() + " round is numbered 1 to " + kind.perYear() + ", not " + number);
    }
    in.require(
        !problems.isEmpty() || !recommendations.isEmpty(),
        "problems",
        "ต้องมีปัญหาอุปสรรคหรือข้อเสนอแนะอย่างน้อยหนึ่งข้อ",
        "needs at least one problem or recommendation");
    if (in.fine("goal", "activity")) {
      in.require(
          activity == 0 || goal != 0,
          "activity",
          "ระบุกิจกรรมแล้วต้องระบุเป้าหมาย KM (goal) ด้วย",
          "an activity needs its KM goal (goal)");
      Optional<Set<ActivityRef>> known = in.context().activities();
      if (activity != 0 && goal != 0 && known.isPresent()
          && !known.get().contains(new ActivityRef(goal, activity))) {
        in.error(
            "activity",
            "แผนไม่มีกิจกรรมที่ " + activity + " ของเป้าหมาย KM ที่ " + goal,
            "the plan has no activity " + activity + " under KM goal " + goal);
      }
    }
    return in.build(
        () ->
            new MonitoringNote(
                id,
                new ReportRound(kind, number),
                date,
                goal == 0 ? OptionalInt.empty() : OptionalInt.of(goal),
                activity == 0 ? OptionalInt.empty() : OptionalInt.of(activity),
                problems,
                recommendations,
                enteredBy));
  }
}
