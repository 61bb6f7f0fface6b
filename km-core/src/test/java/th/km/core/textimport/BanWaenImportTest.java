package th.km.core.textimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.plan.Announcement;
import th.km.core.plan.Citation;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.NameMention;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.SourceLocation;

/**
 * Imports the reference plan (the seed) and checks what a user of the plan would see of its front
 * matter: the organization, the announcement, the names and citations, the committees and the
 * monitoring guidance. {@link BanWaenActionPlanImportTest} checks the rest.
 */
class BanWaenImportTest {

  private static final ImportResult RESULT = Fixtures.importFixture(Fixtures.BAN_WAEN);
  private static final KmPlan PLAN = RESULT.plan().orElseThrow();

  @Test
  void organizationComesFromTheAnnouncementHeading() {
    Organization org = PLAN.organization();
    assertEquals(OrganizationType.SUBDISTRICT_MUNICIPALITY, org.type());
    assertEquals("บ้านแหวน", org.name());
    assertEquals(Optional.of("หางดง"), org.district());
    assertEquals(Optional.of("เชียงใหม่"), org.province());
    assertEquals(Optional.of("BAAN WAN SUBDISTRICT MUNICIPALITY"), org.englishName());
    assertEquals("baan-wan", org.code().value(), "code from the English name without type words");
    assertEquals(2569, PLAN.fiscalYear().buddhistYear());
    assertEquals("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", PLAN.title());
    assertEquals(Optional.of("งานการเจ้าหน้าที่ สำนักปลัดเทศบาล"), PLAN.preparedBy());
  }

  @Test
  void anOrganizationCodeGivenByTheCallerWins() {
    KmPlan plan =
        PlanTextImporter.importText(
                Fixtures.text(Fixtures.BAN_WAEN),
                ImportOptions.withOrganizationCode(th.km.core.plan.OrganizationCode.of("ban-waen")))
            .plan()
            .orElseThrow();
    assertEquals("ban-waen", plan.organization().code().value());
  }

  @Test
  void announcementKeepsTheImpossibleDateAsWrittenWithoutADate() {
    Announcement a = PLAN.announcement().orElseThrow();
    assertEquals("ประกาศเทศบาลตำบลบ้านแหวน", a.heading());
    assertEquals("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", a.subject());
    assertEquals(3, a.paragraphs().size());
    assertTrue(a.paragraphs().get(0).startsWith("ตามพระราชกฤษฎีกาว่าด้วยหลักเกณฑ์"));
    assertEquals("จึงประกาศให้ทราบโดยทั่วกัน", a.paragraphs().get(2));
    assertEquals("ประกาศ ณ วันที่ 68 เดือน มีนาคม พ.ศ. ๒๕๖๙", a.dateText());
    assertEquals(Optional.empty(), a.date(), "there is no 68 March; the importer must not fix it");
    assertEquals(Optional.of("นายชุมพร จาปัญญา"), a.signerName());
    assertEquals(Optional.of("นายกเทศมนตรีตำบลบ้านแหวน"), a.signerPosition());
  }

  @Test
  void everyNameOfTheOrganizationIsKeptAsWrittenWithItsPlace() {
    List<NameMention> mentions = PLAN.nameMentions();
    assertEquals(32, mentions.size(), "31 Thai mentions and the English name line");
    assertEquals(
        List.of(
            "เทศบาลตำบลบ้านแหวน",
            "เทศบาลตำบลบ้านหวาน",
            "BAAN WAN SUBDISTRICT MUNICIPALITY",
            "เทศบาลตำบลบ้านอัครแห่งการเรียนรู้",
            "เทศบาลตำบลบ้านองค์การแห่งการเรียนรู้"),
        mentions.stream().map(NameMention::text).distinct().toList());
    assertTrue(
        mentions.contains(
            new NameMention("เทศบาลตำบลบ้านแหวน", SourceLocation.of("announcement", 5))));
    assertTrue(
        mentions.contains(new NameMention("เทศบาลตำบลบ้านหวาน", SourceLocation.of("cover", 28))));
    assertTrue(
        mentions.contains(
            new NameMention("BAAN WAN SUBDISTRICT MUNICIPALITY", SourceLocation.of("cover", 30))));
    assertTrue(
        mentions.contains(
            new NameMention(
                "เทศบาลตำบลบ้านอัครแห่งการเรียนรู้", SourceLocation.of("goal 3", 293))));
    assertTrue(
        mentions.contains(
            new NameMention(
                "เทศบาลตำบลบ้านองค์การแห่งการเรียนรู้", SourceLocation.of("goal 3", 302))));
    assertEquals(
        2,
        mentions.stream().filter(m -> m.location().line().equals(Optional.of(36))).count(),
        "line 36 names the municipality twice, once run together with the next word");
  }

  @Test
  void bothCitationsOfTheDecreeKeepTheirDifferentYears() {
    String decree = "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี";
    assertEquals(
        List.of(
            new Citation(decree, "พ.ศ. ๒๕๕๖", 2556, SourceLocation.of("announcement", 9)),
            new Citation(decree, "พ.ศ. ๒๕๔๖", 2546, SourceLocation.of("preface", 34))),
        PLAN.citations());
  }

  @Test
  void kmCommitteeHasItsPeoplePositionsAndDuties() {
    Committee km = PLAN.committee(CommitteeKind.KNOWLEDGE_MANAGEMENT).orElseThrow();
    assertEquals("คณะกรรมการจัดการความรู้", km.name());
    assertEquals(1, km.count(CommitteeRole.CKO));
    assertEquals(1, km.count(CommitteeRole.CHAIR));
    assertEquals(5, km.count(CommitteeRole.MEMBER));
    assertEquals(1, km.count(CommitteeRole.SECRETARY));
    assertEquals(
        new CommitteeMember(
            CommitteeRole.CKO,
            Optional.of("นายชุมพร จาปัญญา"),
            Optional.of("นายกเทศมนตรีตำบลบ้านแหวน"),
            "ผู้บริหารด้านการจัดการความรู้ Chief Knowledge Officer : CKD)"),
        km.members().get(0));
    assertEquals(
        seat(CommitteeRole.CHAIR, "นายภาคภูมิ เชื้อสาวะถี", "ปลัดเทศบาลตำบลบ้านแหวน"),
        seatWithoutText(km.members().get(1)));
    assertEquals(
        List.of(
            seat(CommitteeRole.MEMBER, "นายนคร กันกา", "หัวหน้าสำนักปลัดเทศบาล"),
            seat(CommitteeRole.MEMBER, "นางสาวทิวาพร ศรีบูรณ", "ผู้อำนวยการกองคลัง"),
            seat(CommitteeRole.MEMBER, "นายบุรทัช เสาวพนธ์", "ผู้อำนวยการกองช่าง"),
            seat(CommitteeRole.MEMBER, "นางสาวรวงคณา ไชยเมืองชื่น", "ผู้อำนวยการกองการศึกษา"),
            seat(CommitteeRole.MEMBER, "นายอุดร กองแก้ว", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม")),
        km.members().subList(2, 7).stream().map(BanWaenImportTest::seatWithoutText).toList());
    assertEquals(
        seat(CommitteeRole.SECRETARY, "นางสาวศรีัญญา นันตืออาจ", "นักทรัพยากรบุคคล"),
        seatWithoutText(km.members().get(7)),
        "the stray vowel mark in ศรีัญญา is kept for the checker");
    assertEquals(4, km.dutiesOf(CommitteeRole.CKO).size());
    assertEquals(4, km.dutiesOf(CommitteeRole.CHAIR).size());
    assertEquals(6, km.dutiesOf(CommitteeRole.MEMBER).size(), "duties after blank lines count too");
    assertEquals(6, km.dutiesOf(CommitteeRole.SECRETARY).size());
    assertEquals(
        "เป็นผู้ทบทวนและให้ความเห็นชอบแผนการจัดการความรู้", km.dutiesOf(CommitteeRole.CKO).get(0));
    assertEquals("ร่วมกันจัดทำแผนการจัดการความรู้", km.dutiesOf(CommitteeRole.SECRETARY).get(0));
    assertEquals(
        "ดำเนินการอื่น ๆ ตามที่ได้รับมอบหมาย", km.dutiesOf(CommitteeRole.SECRETARY).get(5));
    assertTrue(
        km.duties().stream().flatMap(d -> d.duties().stream()).noneMatch(d -> d.contains("*")),
        "markdown asterisks are extraction noise");
  }

  @Test
  void monitoringCommitteeSeatsArePositionsWithTheirRemit() {
    Committee me = PLAN.committee(CommitteeKind.MONITORING_AND_EVALUATION).orElseThrow();
    assertEquals(7, me.members().size());
    assertEquals(
        new CommitteeMember(
            CommitteeRole.CHAIR,
            Optional.empty(),
            Optional.of("ปลัดเทศบาลตำบลบ้านแหวน"),
            "ประธานกรรมการ"),
        me.members().get(0));
    assertEquals(5, me.count(CommitteeRole.MEMBER));
    assertTrue(
        me.members().stream()
            .filter(m -> m.role() == CommitteeRole.MEMBER)
            .allMatch(m -> m.roleText().equals("กรรมการ")));
    assertEquals(
        new CommitteeMember(
            CommitteeRole.SECRETARY,
            Optional.empty(),
            Optional.of("นักทรัพยากรบุคคล"),
            "เลขานุการ"),
        me.members().get(6));
    assertEquals(
        Optional.of(Fixtures.line(Fixtures.text(Fixtures.BAN_WAEN), 210).strip()), me.remit());
  }

  @Test
  void monitoringGuidanceBecomesRules() {
    MonitoringRule.TrainingReport report =
        PLAN.monitoringRule(MonitoringRule.TrainingReport.class).orElseThrow();
    assertEquals(15, report.days());
    assertEquals("นายกเทศมนตรี", report.routedTo());
    assertTrue(
        report.externalOnly(), "the rule says กรณีที่ได้มีการส่งบุคลากรไปฝึกอบรมภายนอกองค์กร");
    assertTrue(PLAN.monitoringRule(MonitoringRule.KnowledgeDocument.class).isPresent());
    assertTrue(PLAN.monitoringRule(MonitoringRule.SupervisorReview.class).isPresent());
    MonitoringRule.EvaluationReport evaluation =
        PLAN.monitoringRule(MonitoringRule.EvaluationReport.class).orElseThrow();
    assertEquals(1, evaluation.timesPerYear());
    assertEquals("นายกเทศมนตรี", evaluation.reportTo());
    assertEquals(4, PLAN.monitoringRules().size(), "nothing left over as other guidance");
  }

  private static CommitteeMember seat(CommitteeRole role, String person, String position) {
    return new CommitteeMember(role, Optional.of(person), Optional.of(position), "-");
  }

  private static CommitteeMember seatWithoutText(CommitteeMember m) {
    return new CommitteeMember(m.role(), m.personName(), m.position(), "-");
  }
}
