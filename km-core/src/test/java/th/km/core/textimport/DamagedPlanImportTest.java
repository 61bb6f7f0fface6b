package th.km.core.textimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;

/**
 * A damaged plan: no announcement, stray lines, an unreadable period, a row with too few cells, a
 * row without a number, a repeated row number and a goal without a number. It must import what is
 * there, report the rest on the right lines, and invent nothing.
 */
class DamagedPlanImportTest {

  private static final ImportResult RESULT = Fixtures.importFixture(Fixtures.DAMAGED);
  private static final KmPlan PLAN = RESULT.plan().orElseThrow();

  @Test
  void everyDamageIsReportedOnItsLine() {
    assertEquals(
        List.of(
            "WARNING 1 หน้า ๑ จาก ๓", // stray text before the first heading
            "WARNING 1 หน้า ๑ จาก ๓", // no announcement
            "INFO 5 เทศบาลตำบลท่าข้าม", // no English name: no code
            "WARNING 13 ข้อความหลงที่ไม่มีความหมาย",
            "ERROR 22 ๓\tการจัดความรู้ให้เป็นระบบ\tจัดหมวดหมู่\tต.ค. ๒๕๖๗",
            "WARNING 23 ตารางนี้พิมพ์ต่อจากหน้าก่อน",
            "ERROR 25 ๔\tการแบ่งปันแลกเปลี่ยนความรู้\tจัดเวที\tมิ.ย. ๒๕๖๘\tจำนวนครั้ง\t๒ ครั้ง"
                + "\tทุกกอง",
            "ERROR 26 การเรียนรู้\tนำไปใช้\tก.ค. ๒๕๖๘\tร้อยละ\t๘๐\tทุกกอง",
            "ERROR 29 เป้าหมาย KM : การส่งเสริมวัฒนธรรมการเรียนรู้",
            "ERROR 31 ๑\tการบ่งชี้ความรู้\tสำรวจ\tต.ค. ๒๕๖๗\tรายการ\tครบ\tทุกกอง",
            "ERROR 37 การซ่อมบำรุง\tซ่อมถนน\tจำนวน\tกองช่าง\tความรู้ช่าง"),
        RESULT.issues().stream().map(i -> i.severity() + " " + i.line() + " " + i.text()).toList());
  }

  @Test
  void theMissingAnnouncementIsNotInvented() {
    assertEquals(Optional.empty(), PLAN.announcement());
    assertEquals("ท่าข้าม", PLAN.organization().name());
    assertEquals("tha-kham", PLAN.organization().code().value());
    assertEquals(2568, PLAN.fiscalYear().buddhistYear());
    assertEquals(Optional.empty(), PLAN.organization().englishName());
  }

  @Test
  void onlyTheRowsThatAreThereAreImported() {
    assertEquals(1, PLAN.goals().size(), "the goal without a number is not guessed");
    KmGoal goal = PLAN.goal(1).orElseThrow();
    assertEquals(List.of(1, 2, 4), goal.activities().stream().map(PlanActivity::number).toList());
    PlanActivity yearLong = goal.activities().get(1);
    assertEquals("ตลอดปี", yearLong.period().text());
    assertEquals(
        Optional.of(FiscalYear.ofBuddhistYear(2568).months()), yearLong.period().months());
    PlanActivity access = goal.activities().get(2);
    assertEquals("การเข้าถึงความรู้", access.name(), "the first row numbered 4 is kept");
    assertEquals(Optional.of("ใช้งบประมาณปกติ"), access.note());
    assertEquals(1, PLAN.form1().size());
    assertEquals(List.of(), PLAN.scopes());
    assertEquals(List.of(), PLAN.monitoringRules());
  }

  @Test
  void seatsWithoutPeopleStayWithoutPeople() {
    Committee km = PLAN.committee(CommitteeKind.KNOWLEDGE_MANAGEMENT).orElseThrow();
    assertEquals(4, km.members().size());
    assertTrue(km.members().stream().map(CommitteeMember::personName).allMatch(Optional::isEmpty));
    assertEquals(Optional.of("นายกเทศมนตรีตำบลท่าข้าม"), km.members().get(0).position());
    assertEquals(
        List.of("finance", "public-works"),
        PLAN.divisions().stream().map(d -> d.code().value()).toList());
  }

  @Test
  void textWithoutOrganizationOrYearGivesNoPlan() {
    ImportResult noOrganization =
        PlanTextImporter.importText(
            "แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n", ImportOptions.defaults());
    assertEquals(Optional.empty(), noOrganization.plan());
    assertEquals(1, noOrganization.issues(ImportIssue.Severity.ERROR).size());
    ImportResult noYear =
        PlanTextImporter.importText(
            "ประกาศเทศบาลตำบลบ้านนา\n\nเรื่อง แผนการจัดการความรู้\n", ImportOptions.defaults());
    assertEquals(Optional.empty(), noYear.plan());
    assertTrue(noYear.issues().get(0).messageEn().contains("fiscal year"));
    assertEquals(
        Optional.empty(), PlanTextImporter.importText("", ImportOptions.defaults()).plan());
  }
}
