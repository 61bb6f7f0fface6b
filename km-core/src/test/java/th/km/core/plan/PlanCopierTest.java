package th.km.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
import th.km.core.calendar.ThaiDates;
import th.km.core.calendar.ThaiDigits;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.testing.IndicatorGenerator;
import th.km.core.testing.PlanGenerator;

class PlanCopierTest {

  private static final FiscalYear FY2569 = FiscalYear.ofBuddhistYear(2569);
  private static final MonthRange WHOLE_YEAR = FY2569.months();
  private static final Indicator STAFF_TRAINED =
      new Indicator(
          "๒. จัดอบรมเชิงปฏิบัติการ",
          "๒. พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน",
          IndicatorRule.ReportOnly.nothing());

  private static KmPlan banWaen() {
    return KmPlan.builder()
        .organization(
            Organization.builder()
                .code(OrganizationCode.of("ban-waen"))
                .type(OrganizationType.SUBDISTRICT_MUNICIPALITY)
                .name("บ้านแหวน")
                .build())
        .fiscalYear(FY2569)
        .title("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
        .announcement(
            Announcement.builder()
                .heading("ประกาศเทศบาลตำบลบ้านแหวน")
                .subject("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. 2569")
                .addParagraphs(
                    "ตามพระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. ๒๕๔๖"
                        + " มาตรา ๑๑",
                    "จึงขอประกาศ แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ เพื่อใช้ในการพัฒนา")
                .dateText("ประกาศ ณ วันที่ ๖ เดือน มีนาคม พ.ศ. ๒๕๖๙")
                .date(LocalDate.of(2026, 3, 6))
                .signerName("นายชุมพร จาปัญญา")
                .signerPosition("นายกเทศมนตรีตำบลบ้านแหวน")
                .build())
        .addCommittees(
            Committee.builder()
                .kind(CommitteeKind.KNOWLEDGE_MANAGEMENT)
                .name("คณะกรรมการจัดการความรู้")
                .addMembers(
                    new CommitteeMember(
                        CommitteeRole.CKO,
                        Optional.of("นายชุมพร จาปัญญา"),
                        Optional.of("นายกเทศมนตรีตำบลบ้านแหวน"),
                        "ผู้บริหารด้านการจัดการความรู้ (CKO)"),
                    new CommitteeMember(
                        CommitteeRole.MEMBER,
                        Optional.of("นางสาวศรีสุดา ใจดี"),
                        Optional.empty(),
                        "กรรมการ"))
                .addDuties(
                    new RoleDuties(CommitteeRole.CKO, List.of("กำหนดนโยบาย KM ปี พ.ศ. ๒๕๖๙")))
                .build())
        .addMonitoringRules(
            new MonitoringRule.TrainingReport(
                "รายงานผลภายใน ๑๕ วัน นับแต่วันกลับจากการอบรม", 15, "นายกเทศมนตรี", true))
        .addMonitoringIndicators(new MonitoringIndicator("training-report", STAFF_TRAINED))
        .addForm1(
            StrategicKnowledgeNeed.builder()
                .number(1)
                .divisionName("กองคลัง")
                .activity("การจัดเก็บรายได้")
                .addKpis(
                    "แผนพัฒนาท้องถิ่นของเทศบาล (๒๕๖๖ -๒๕๗๐) และงบประมาณรายจ่ายประจำปี งบประมาณ พ.ศ."
                        + " ๒๕๖๙")
                .responsible("ต.ค. 68 - ก.ย. 69 / กองคลัง")
                .build())
        .addGoals(
            KmGoal.builder()
                .number(1)
                .title("การพัฒนาความรู้ของบุคลากร")
                .framework(Framework.KM_PROCESS)
                .addActivities(
                    PlanActivity.builder()
                        .number(1)
                        .name("จัดอบรมเชิงปฏิบัติการ")
                        .step(KmProcessStep.IDENTIFY)
                        .method("อบรมภายในเดือน ธันวาคม ๒๕๖๘")
                        .period(ActivityPeriod.of("ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙", WHOLE_YEAR))
                        .indicator("จำนวนพนักงานที่เข้าอบรม")
                        .target("ไม่น้อยกว่า ๕ คน ร้อยละ ๙๐ งบ 2569 บาท")
                        .responsible("สำนักปลัดเทศบาล")
                        .addIndicators(STAFF_TRAINED)
                        .build(),
                    PlanActivity.builder()
                        .number(2)
                        .name("รายงานผล")
                        .step(KmProcessStep.CREATE_AND_ACQUIRE)
                        .method("สรุปผล")
                        .period(ActivityPeriod.of("ต.ค. 68 - ก.ย. 69", WHOLE_YEAR))
                        .indicator("รายงาน")
                        .target("๑ ฉบับ")
                        .responsible("สำนักปลัดเทศบาล")
                        .build())
                .build())
        .addCitations(
            new Citation(
                "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี",
                "พ.ศ. ๒๕๔๖",
                2546,
                SourceLocation.of("announcement", 9)))
        .build();
  }

  @Test
  public void theCopyIsNextYearsPlanWithTitleAndSubjectInTheirOwnDigits() {
    KmPlan copy = PlanCopier.toNextYear(banWaen());

    assertEquals(FiscalYear.ofBuddhistYear(2570), copy.fiscalYear());
    assertEquals("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐", copy.title());
    Announcement announcement = copy.announcement().orElseThrow();
    assertEquals("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. 2570", announcement.subject());
    assertEquals(
        List.of(
            "ตามพระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. ๒๕๔๖ มาตรา"
                + " ๑๑",
            "จึงขอประกาศ แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ เพื่อใช้ในการพัฒนา"),
        announcement.paragraphs(),
        "the decree of B.E. 2546 keeps its year");
    assertEquals(banWaen().citations(), copy.citations());
  }

  @Test
  public void theAnnouncementIsNotYetDatedNorSignedByAnyone() {
    Announcement announcement = PlanCopier.toNextYear(banWaen()).announcement().orElseThrow();

    assertEquals("", announcement.dateText());
    assertEquals(Optional.empty(), announcement.date());
    assertEquals(Optional.empty(), announcement.signerName());
    assertEquals(Optional.of("นายกเทศมนตรีตำบลบ้านแหวน"), announcement.signerPosition());
  }

  @Test
  public void activitiesMoveOneYearOnWithTheirIndicators() {
    KmGoal goal = PlanCopier.toNextYear(banWaen()).goal(1).orElseThrow();

    PlanActivity first = goal.activities().get(0);
    assertEquals("ต.ค. ๒๕๖๙ - ก.ย. ๒๕๗๐", first.period().text());
    assertEquals(
        Optional.of(new MonthRange(YearMonth.of(2026, 10), YearMonth.of(2027, 9))),
        first.period().months());
    assertEquals("อบรมภายในเดือน ธันวาคม ๒๕๖๙", first.method());
    assertEquals(
        "ไม่น้อยกว่า ๕ คน ร้อยละ ๙๐ งบ 2569 บาท",
        first.target(),
        "a number that is not marked as a year stays");
    assertEquals(List.of(STAFF_TRAINED), first.indicators());
    assertEquals("ต.ค. 69 - ก.ย. 70", goal.activities().get(1).period().text());
  }

  @Test
  public void form1MovesTheBudgetYearButNotTheFiveYearPlan() {
    StrategicKnowledgeNeed row = PlanCopier.toNextYear(banWaen()).form1().get(0);

    assertEquals(
        List.of(
            "แผนพัฒนาท้องถิ่นของเทศบาล (๒๕๖๖ -๒๕๗๐) และงบประมาณรายจ่ายประจำปี งบประมาณ พ.ศ. ๒๕๗๐"),
        row.kpis());
    assertEquals("ต.ค. 69 - ก.ย. 70 / กองคลัง", row.responsible());
  }

  @Test
  public void seatsAreKeptByPositionWithoutThePeopleWhoHeldThem() {
    Committee committee =
        PlanCopier.toNextYear(banWaen())
            .committee(CommitteeKind.KNOWLEDGE_MANAGEMENT)
            .orElseThrow();

    assertEquals(
        List.of(
            new CommitteeMember(
                CommitteeRole.CKO,
                Optional.empty(),
                Optional.of("นายกเทศมนตรีตำบลบ้านแหวน"),
                "ผู้บริหารด้านการจัดการความรู้ (CKO)"),
            new CommitteeMember(
                CommitteeRole.MEMBER,
                Optional.of("นางสาวศรีสุดา ใจดี"),
                Optional.empty(),
                "กรรมการ")),
        committee.members(),
        "a seat named only by a person keeps the person, or the seat would be lost");
    assertEquals(List.of("กำหนดนโยบาย KM ปี พ.ศ. ๒๕๗๐"), committee.dutiesOf(CommitteeRole.CKO));
  }

  @Test
  public void monitoringRulesAndTheirIndicatorsAreKept() {
    KmPlan plan = banWaen();
    KmPlan copy = PlanCopier.toNextYear(plan);

    assertEquals(plan.monitoringRules(), copy.monitoringRules());
    assertEquals(plan.monitoringIndicators(), copy.monitoringIndicators());
  }

  @Test
  public void copyingTwiceMovesTwoYears() {
    KmPlan twice = PlanCopier.toNextYear(PlanCopier.toNextYear(banWaen()));

    assertEquals(FiscalYear.ofBuddhistYear(2571), twice.fiscalYear());
    assertEquals("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๗๑", twice.title());
    assertEquals("ต.ค. ๒๕๗๐ - ก.ย. ๒๕๗๑", twice.goals().get(0).activities().get(0).period().text());
  }

  @Test
  public void thePlanOfTheLastYearKmAcceptsHasNoNextYear() {
    KmPlan last =
        KmPlan.builder().from(banWaen()).fiscalYear(FiscalYear.ofBuddhistYear(2700)).build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlanCopier.toNextYear(last));
    assertTrue(e.getMessage().contains("2700"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙|ประจำปีงบประมาณ พ.ศ. ๒๕๗๐",
        "ปีงบประมาณ 2569|ปีงบประมาณ 2570",
        "พ.ศ 2568|พ.ศ 2569",
        "พ.ศ.๒๕๖๘ - ๒๕๖๙|พ.ศ.๒๕๖๙ - ๒๕๗๐",
        "ภายใน มี.ค. 69|ภายใน มี.ค. 70",
        "ต.ค ๒๕๖๘|ต.ค ๒๕๖๙",
        "พ.ศ. ๒๕๗๐|พ.ศ. ๒๕๗๐",
        "พ.ศ. ๒๕๔๖|พ.ศ. ๒๕๔๖",
        "ไม่น้อยกว่า 2569 คน|ไม่น้อยกว่า 2569 คน",
        "(๒๕๖๖ - ๒๕๗๐)|(๒๕๖๖ - ๒๕๗๐)",
        "พ.ศ. ๒๕๖๙๐|พ.ศ. ๒๕๖๙๐",
      })
  public void proseMovesOnlyTheMarkedYearsOfThePlan(String text, String expected) {
    assertEquals(expected, YearTexts.nextYearInProse(text, FY2569));
  }

  @Test
  public void aPeriodWrittenAsKmWritesItReadsBackOneYearOn() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      FiscalYear year = FiscalYear.ofBuddhistYear(2500 + random.nextInt(150));
      MonthRange months = PlanGenerator.monthRange(random, year);
      ThaiDates.Digits digits =
          random.nextBoolean() ? ThaiDates.Digits.THAI : ThaiDates.Digits.ARABIC;
      String text = ThaiDates.format(months, digits);

      String next = YearTexts.nextYearInPeriod(text);

      MonthRange expected = new MonthRange(months.start().plusYears(1), months.end().plusYears(1));
      assertEquals(
          Optional.of(expected),
          ThaiDates.parseMonthRange(next),
          "seed " + seed + ": '" + text + "' became '" + next + "'");
    }
  }

  @Test
  public void randomPlansCopyWithOnlyTheirYearsChanged() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 300; i++) {
      KmPlan plan = withIndicators(PlanGenerator.plan(random), random);

      KmPlan copy = PlanCopier.toNextYear(plan);

      String where = "seed " + seed + ", plan " + i;
      assertEquals(plan.fiscalYear().next(), copy.fiscalYear(), where);
      assertEquals(plan.organization(), copy.organization(), where);
      assertEquals(plan.divisions(), copy.divisions(), where);
      assertEquals(plan.positions(), copy.positions(), where);
      assertEquals(plan.citations(), copy.citations(), where);
      assertEquals(plan.nameMentions(), copy.nameMentions(), where);
      assertEquals(plan.goals().size(), copy.goals().size(), where);
      for (int g = 0; g < plan.goals().size(); g++) {
        KmGoal before = plan.goals().get(g);
        KmGoal after = copy.goals().get(g);
        assertEquals(before.number(), after.number(), where);
        assertEquals(before.framework(), after.framework(), where);
        assertEquals(before.activities().size(), after.activities().size(), where);
        for (int a = 0; a < before.activities().size(); a++) {
          PlanActivity was = before.activities().get(a);
          PlanActivity is = after.activities().get(a);
          assertEquals(was.number(), is.number(), where);
          assertEquals(was.step(), is.step(), where);
          assertEquals(rules(was.indicators()), rules(is.indicators()), where);
          assertEquals(
              was.period().months().map(m -> m.monthCount()),
              is.period().months().map(m -> m.monthCount()),
              where);
          was.period()
              .months()
              .ifPresent(
                  m ->
                      assertEquals(
                          m.start().plusYears(1),
                          is.period().months().orElseThrow().start(),
                          where));
        }
      }
      for (Committee c : copy.committees()) {
        Committee original = plan.committee(c.kind()).orElseThrow();
        assertEquals(
            original.members().stream().map(CommitteeMember::role).toList(),
            c.members().stream().map(CommitteeMember::role).toList(),
            where);
        assertTrue(
            c.members().stream()
                .noneMatch(m -> m.position().isPresent() && m.personName().isPresent()),
            where + ": a seat by position still names a person");
      }
      copy.announcement()
          .ifPresent(a -> assertEquals(Optional.empty(), a.date(), where + ": still dated"));
      List<String> before = texts(plan);
      List<String> after = texts(copy);
      assertEquals(before.size(), after.size(), where);
      for (int t = 0; t < before.size(); t++) {
        assertOnlyDigitsDiffer(before.get(t), after.get(t), where);
      }
    }
  }

  /** Texts of the plan that the copier may change only in the digits of years. */
  private static List<String> texts(KmPlan plan) {
    List<String> texts = new ArrayList<>();
    texts.add(plan.title());
    plan.announcement().ifPresent(a -> texts.add(a.subject()));
    plan.announcement().ifPresent(a -> texts.addAll(a.paragraphs()));
    plan.form1().forEach(f -> texts.addAll(f.kpis()));
    plan.narrative().forEach(n -> texts.addAll(n.paragraphs()));
    for (KmGoal g : plan.goals()) {
      texts.add(g.title());
      for (PlanActivity a : g.activities()) {
        texts.add(a.name());
        texts.add(a.method());
        texts.add(a.period().text());
        texts.add(a.target());
      }
    }
    return texts;
  }

  private static void assertOnlyDigitsDiffer(String before, String after, String where) {
    assertEquals(before.length(), after.length(), where + ": '" + before + "' → '" + after + "'");
    for (int i = 0; i < before.length(); i++) {
      char b = before.charAt(i);
      char a = after.charAt(i);
      assertTrue(
          b == a || (ThaiDigits.isDigit(b) && ThaiDigits.isDigit(a)),
          where + ": '" + before + "' → '" + after + "' changed more than a year's digits");
    }
  }

  private static KmPlan withIndicators(KmPlan plan, Random random) {
    List<DivisionCode> codes = plan.divisions().stream().map(Division::code).toList();
    List<KmGoal> goals = new ArrayList<>();
    for (KmGoal goal : plan.goals()) {
      List<PlanActivity> activities = new ArrayList<>();
      for (PlanActivity activity : goal.activities()) {
        activities.add(
            PlanActivity.builder()
                .from(activity)
                .addIndicators(IndicatorGenerator.indicator(random, codes))
                .build());
      }
      goals.add(KmGoal.builder().from(goal).activities(activities).build());
    }
    return KmPlan.builder().from(plan).goals(goals).build();
  }

  private static List<IndicatorRule> rules(List<Indicator> indicators) {
    return indicators.stream().map(Indicator::rule).toList();
  }
}
