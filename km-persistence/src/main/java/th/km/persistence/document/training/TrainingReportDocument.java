package th.km.persistence.document.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.DueDate;
import th.km.core.calendar.DueDates;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.calendar.ThaiDates;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.Organization;
import th.km.core.plan.Position;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.persistence.document.DocBlock;
import th.km.persistence.document.DocBlock.ItemList;
import th.km.persistence.document.DocBlock.Paragraph;
import th.km.persistence.document.DocSection;
import th.km.persistence.document.Digits;
import th.km.persistence.document.Document;

/**
 * The post-training report form (แบบรายงานผลการฝึกอบรม) of one training, pre-filled: who went
 * (name, position, division), the course, its dates and the day of return, the deadline the plan's
 * rule sets (counted as {@link DueDates} counts it), the place, what was learned and how it will be
 * used as the filed report gives them (dotted lines for any it lacks), the reporter's signature, and the sign-off chain up to the head of the
 * organization: the division head, the clerk, the mayor. Where a filed report records signatures,
 * their positions and dates fill the chain.
 */
public final class TrainingReportDocument {

  /** The title of the form. */
  public static final String TITLE = "แบบรายงานผลการฝึกอบรม";

  private static final String DOTS =
      "........................................................................................................";

  private TrainingReportDocument() {}

  /**
   * The form.
   *
   * @param person the staff record of the person trained, when the records have one
   * @param reports the reports filed on the training, in filing order
   */
  public static Document of(
      KmPlan plan,
      Training training,
      Optional<StaffMember> person,
      List<TrainingReport> reports,
      HolidayCalendar holidays,
      Digits digits) {
    Organization org = plan.organization();
    List<DocBlock> blocks = new ArrayList<>();
    blocks.add(new DocBlock.Heading(1, TITLE, false));
    blocks.add(Paragraph.centered(org.fullName(), true));
    blocks.add(Paragraph.plain("เรียน " + headOf(plan)));
    String name = person.map(StaffMember::name).orElse(training.personId());
    String position = person.flatMap(StaffMember::position).orElse(DOTS.substring(0, 30));
    Optional<Division> division =
        person.flatMap(StaffMember::division).flatMap(plan::division);
    String divisionName = division.map(Division::name).orElse(DOTS.substring(0, 30));
    List<String> items = new ArrayList<>();
    items.add("ชื่อ-สกุล " + name + " ตำแหน่ง " + position + " สังกัด " + divisionName);
    items.add(
        "ได้รับอนุมัติให้เข้ารับการ" + training.trainingKind().thaiName() + " ("
            + training.setting().thaiName() + ") หลักสูตร/เรื่อง " + training.title());
    items.add(
        "ระหว่างวันที่ " + date(training.start(), digits) + " ถึงวันที่ " + date(training.end(), digits)
            + " กลับมาปฏิบัติราชการวันที่ " + date(training.returned(), digits));
    Optional<TrainingReport> filed = reports.stream().reduce((a, b) -> b);
    String threeLines = String.join("\n", DOTS, DOTS, DOTS);
    items.add("สถานที่ " + filed.flatMap(TrainingReport::place).orElse(DOTS));
    items.add(
        String.join(
            "\n",
            "ความรู้ที่ได้รับจากการฝึกอบรม",
            filed.flatMap(TrainingReport::learned).orElse(threeLines)));
    items.add(
        String.join(
            "\n",
            "การนำความรู้ที่ได้รับไปใช้ในการปฏิบัติงาน",
            filed.flatMap(TrainingReport::plannedUse).orElse(threeLines)));
    plan.monitoringRule(MonitoringRule.TrainingReport.class)
        .ifPresent(rule -> items.add(deadline(rule, training, holidays, digits)));
    blocks.add(ItemList.numbered(items.stream().map(digits::apply).toList(), digits));
    blocks.add(new DocBlock.Signature(name, List.of("ตำแหน่ง " + position, "ผู้รายงาน")));
    blocks.add(new DocBlock.Heading(2, "ความเห็นของผู้บังคับบัญชาตามลำดับชั้น", false));
    blocks.add(chain(plan, person.flatMap(StaffMember::division), reports, digits));
    return new Document(
        TITLE + " " + training.title(), digits, List.of(DocSection.portrait(blocks)));
  }

  private static String deadline(
      MonitoringRule.TrainingReport rule, Training training, HolidayCalendar holidays, Digits digits) {
    DueDate due = DueDates.reportDue(training.returned(), rule.days(), holidays);
    return "กำหนดส่งรายงานภายใน " + rule.days() + " วัน นับแต่วันกลับจากการอบรม คือภายใน"
        + ThaiDates.formatWithWeekday(due.due(), ThaiDates.Digits.ARABIC)
        + " เสนอต่อผู้บังคับบัญชาตามลำดับชั้นจนถึง" + rule.routedTo();
  }

  /** The chain of sign-offs: the filed report's where there is one, else the plan's positions. */
  private static DocBlock.Table chain(
      KmPlan plan, Optional<DivisionCode> division, List<TrainingReport> reports, Digits digits) {
    List<String> positions = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    Optional<TrainingReport> filed = reports.stream().reduce((a, b) -> b);
    if (filed.isPresent() && !filed.get().signOffs().isEmpty()) {
      for (SignOff s : filed.get().signOffs()) {
        positions.add(s.position());
        dates.add(date(s.signedOn(), digits));
      }
    } else {
      positions.add(divisionHead(plan, division));
      Organization org = plan.organization();
      positions.add(seat(plan, CommitteeRole.CHAIR).orElse(org.type().clerkTitle() + org.name()));
      positions.add(headOf(plan));
      positions.forEach(p -> dates.add(""));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < positions.size(); i++) {
      rows.add(
          List.of(
              digits.apply(String.valueOf(i + 1)),
              positions.get(i),
              "",
              "ลงชื่อ ........................\nวันที่ " + dates.get(i)));
    }
    return new DocBlock.Table(
        List.of(), List.of("ลำดับ", "ผู้บังคับบัญชา", "ความเห็น", "ลงนาม"), rows, List.of(1, 4, 5, 4));
  }

  /** The head's position as the plan writes it ("นายกเทศมนตรีตำบลบ้านแหวน"), from the CKO's seat. */
  private static String headOf(KmPlan plan) {
    Organization org = plan.organization();
    return seat(plan, CommitteeRole.CKO).orElse(org.type().headTitle() + org.name());
  }

  /** The position of the KM committee's seat, where the plan names one. */
  private static Optional<String> seat(KmPlan plan, CommitteeRole role) {
    return plan.committee(CommitteeKind.KNOWLEDGE_MANAGEMENT).stream()
        .flatMap(c -> c.members().stream())
        .filter(m -> m.role() == role)
        .flatMap(m -> m.position().stream())
        .findFirst();
  }

  private static String divisionHead(KmPlan plan, Optional<DivisionCode> division) {
    if (division.isPresent()) {
      for (Position p : plan.positions()) {
        if (p.division().equals(division)
            && (p.title().startsWith("ผู้อำนวยการ") || p.title().startsWith("หัวหน้า"))) {
          return p.title();
        }
      }
      Optional<Division> d = plan.division(division.get());
      if (d.isPresent()) {
        return "หัวหน้า" + d.get().name();
      }
    }
    return "หัวหน้าส่วนราชการ";
  }

  private static String date(LocalDate day, Digits digits) {
    return ThaiDates.format(
        day,
        ThaiDates.MonthStyle.FULL,
        digits == Digits.THAI ? ThaiDates.Digits.THAI : ThaiDates.Digits.ARABIC);
  }
}
