package th.km.persistence.records;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.km.core.records.RecordKind;
import th.km.core.records.SignOff;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.persistence.records.FolderContext.DateRole;

/**
 * The mapping between the training records and their lines of the records folder: trainings, the
 * post-training reports with their sign-offs, and the supervisors' ratings, a {@code write} and a
 * {@code read} per kind, fields in the order docs/records-format.md gives them.
 */
final class TrainingMapping {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private TrainingMapping() {}

  // Trainings (การฝึกอบรม/สัมมนา/ศึกษาดูงาน/ศึกษาต่อ)

  static ObjectNode writeTraining(Training t) {
    ObjectNode o = JSON.objectNode();
    o.put("id", t.id());
    o.put("personId", t.personId());
    o.put("title", t.title());
    o.put("kind", t.trainingKind().name());
    o.put("setting", t.setting().name());
    o.put("start", t.start().toString());
    o.put("end", t.end().toString());
    o.put("returned", t.returned().toString());
    return o;
  }

  static Optional<Training> readTraining(LineIn in) {
    String id = in.id(RecordKind.TRAINING);
    String person = in.reference("personId", RecordKind.STAFF);
    String title = in.text("title");
    TrainingKind kind = in.constant("kind", TrainingKind.class);
    TrainingSetting setting = in.constant("setting", TrainingSetting.class);
    LocalDate start = in.date("start", DateRole.EVENT);
    LocalDate end = in.date("end", DateRole.EVENT);
    Optional<LocalDate> returned = in.optionalDate("returned", DateRole.EVENT);
    if (in.fine("start", "end")) {
      in.require(
          !end.isBefore(start),
          "end",
          "วันสิ้นสุด " + end + " อยู่ก่อนวันเริ่ม " + start,
          "the last day " + end + " is before the first " + start);
    }
    if (in.fine("start", "returned")) {
      returned.ifPresent(
          r ->
              in.require(
                  !r.isBefore(start),
                  "returned",
                  "วันกลับ " + r + " อยู่ก่อนวันเริ่ม " + start,
                  "the return date " + r + " is before the start " + start));
    }
    return in.build(
        () -> new Training(id, person, title, kind, setting, start, end, returned.orElse(end)));
  }

  // Post-training reports (รายงานผลการฝึกอบรม)

  static ObjectNode writeTrainingReport(TrainingReport r) {
    ObjectNode o = JSON.objectNode();
    o.put("id", r.id());
    o.put("trainingId", r.trainingId());
    o.put("submittedOn", r.submittedOn().toString());
    ArrayNode signOffs = o.putArray("signOffs");
    for (SignOff s : r.signOffs()) {
      ObjectNode so = signOffs.addObject();
      so.put("position", s.position());
      so.put("signedOn", s.signedOn().toString());
      so.put("head", s.head());
    }
    r.place().ifPresent(v -> o.put("place", v));
    r.learned().ifPresent(v -> o.put("learned", v));
    r.plannedUse().ifPresent(v -> o.put("plannedUse", v));
    return o;
  }

  static Optional<TrainingReport> readTrainingReport(LineIn in) {
    String id = in.id(RecordKind.TRAINING_REPORT);
    String training = in.reference("trainingId", RecordKind.TRAINING);
    LocalDate submitted = in.date("submittedOn", DateRole.EVENT);
    List<SignOff> signOffs = in.objects("signOffs", TrainingMapping::readSignOff);
    Optional<String> place = in.optionalText("place");
    Optional<String> learned = in.optionalText("learned");
    Optional<String> plannedUse = in.optionalText("plannedUse");
    in.require(
        place.map(p -> p.lines().count() == 1).orElse(true),
        "place",
        "สถานที่ต้องเป็นข้อความบรรทัดเดียว",
        "the place must be one line");
    longest(in, "place", place, TrainingReport.PLACE_LENGTH);
    longest(in, "learned", learned, TrainingReport.TEXT_LENGTH);
    longest(in, "plannedUse", plannedUse, TrainingReport.TEXT_LENGTH);
    if (in.fine("submittedOn", "signOffs")) {
      LocalDate previous = submitted;
      for (int i = 0; i < signOffs.size(); i++) {
        SignOff s = signOffs.get(i);
        in.require(
            !s.signedOn().isBefore(previous),
            "signOffs[" + i + "].signedOn",
            s.position() + " ลงนาม " + s.signedOn() + " ก่อนขั้นก่อนหน้า (" + previous + ")",
            s.position() + " signed on " + s.signedOn() + ", before the step before it ("
                + previous + ")");
        previous = s.signedOn();
      }
    }
    return in.build(
        () ->
            TrainingReport.builder()
                .id(id)
                .trainingId(training)
                .submittedOn(submitted)
                .signOffs(signOffs)
                .place(place)
                .learned(learned)
                .plannedUse(plannedUse)
                .build());
  }

  private static void longest(LineIn in, String field, Optional<String> text, int most) {
    int length = text.map(t -> t.codePointCount(0, t.length())).orElse(0);
    in.require(
        length <= most,
        field,
        "ยาวเกิน " + most + " ตัวอักษร (" + length + ")",
        "longer than " + most + " characters (" + length + ")");
  }

  private static Optional<SignOff> readSignOff(LineIn in) {
    String position = in.text("position");
    LocalDate signed = in.date("signedOn", DateRole.EVENT);
    boolean head = in.optionalBoolean("head", false);
    return in.build(() -> new SignOff(position, signed, head));
  }

  // Supervisor ratings (การพิจารณาการปฏิบัติงานก่อนและหลังการพัฒนา)

  static ObjectNode writeSupervisorRating(SupervisorRating r) {
    ObjectNode o = JSON.objectNode();
    o.put("id", r.id());
    o.put("trainingId", r.trainingId());
    o.put("before", r.before());
    o.put("after", r.after());
    o.put("ratedOn", r.ratedOn().toString());
    return o;
  }

  static Optional<SupervisorRating> readSupervisorRating(LineIn in) {
    String id = in.id(RecordKind.SUPERVISOR_RATING);
    String training = in.reference("trainingId", RecordKind.TRAINING);
    int before = in.integer("before", 0, Integer.MAX_VALUE);
    int after = in.integer("after", 0, Integer.MAX_VALUE);
    LocalDate rated = in.date("ratedOn", DateRole.EVENT);
    return in.build(() -> new SupervisorRating(id, training, before, after, rated));
  }
}
