package th.km.core.check;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
import th.km.core.calendar.ThaiDates;
import th.km.core.calendar.ThaiDigits;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.Announcement;
import th.km.core.plan.Citation;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmScope;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.NameMention;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;
import th.km.core.plan.SourceLocation;
import th.km.core.plan.StrategicKnowledgeNeed;

/**
 * Random KM plans without any defect the checker looks for: one name throughout, Thai digits and
 * "พ.ศ." everywhere, every step or element covered, measurable targets, periods within the fiscal
 * year, responsibles the plan knows — with the stray spaces of a PDF inside some of them.
 */
final class CleanPlanGenerator {

  private static final List<String> NAMES =
      List.of("บ้านแหวน", "หนองป่าครั่ง", "สันผักหวาน", "ดอนแก้ว", "แม่เหียะ", "ท่าวังตาล", "หางดง", "ป่าแดด");
  private static final List<String> BUREAUS =
      List.of("กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม",
          "กองยุทธศาสตร์และงบประมาณ");
  private static final List<String> TARGETS =
      List.of("ไม่น้อยกว่า %d คน", "อย่างน้อย %d ครั้ง", "ร้อยละ %d", "ไม่น้อยกว่าร้อยละ %d", "จำนวน %d เรื่อง",
          "ครบทุกส่วนราชการ", "ทุกตำแหน่ง", "ไม่เกิน %d ครั้ง", "๑. ครบทุกกอง ๒. อย่างน้อย %d คน");

  private final Random random;

  CleanPlanGenerator(Random random) {
    this.random = random;
  }

  KmPlan plan() {
    OrganizationType type = pick(List.of(OrganizationType.values()).subList(0, 4));
    Organization org =
        Organization.builder()
            .code(OrganizationCode.of("org-" + random.nextInt(1000)))
            .type(type)
            .name(pick(NAMES))
            .build();
    FiscalYear year = FiscalYear.ofBuddhistYear(2560 + random.nextInt(15));
    List<Division> divisions = new ArrayList<>();
    divisions.add(new Division(DivisionCode.of("clerk"), "สำนัก" + type.clerkTitle()));
    List<String> bureaus = new ArrayList<>(BUREAUS);
    Collections.shuffle(bureaus, random);
    for (int i = 0; i < 1 + random.nextInt(bureaus.size()); i++) {
      divisions.add(new Division(DivisionCode.of("d" + i), bureaus.get(i)));
    }
    String yearThai = thai(year.buddhistYear());
    String full = org.fullName();
    KmPlan.Builder plan =
        KmPlan.builder()
            .organization(org)
            .fiscalYear(year)
            .title("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. " + yearThai)
            .announcement(
                Announcement.builder()
                    .heading("ประกาศ" + full)
                    .subject("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. " + yearThai)
                    .addParagraphs("เพื่อให้การปฏิบัติราชการของ" + full + "เป็นไปด้วยความเรียบร้อย")
                    .dateText(
                        "ประกาศ ณ วันที่ "
                            + ThaiDates.format(
                                year.firstDay().plusDays(random.nextInt(365)),
                                ThaiDates.MonthStyle.FULL,
                                ThaiDates.Digits.THAI))
                    .build())
            .divisions(divisions)
            .addCommittees(committee(CommitteeKind.KNOWLEDGE_MANAGEMENT, type, divisions))
            .addCommittees(committee(CommitteeKind.MONITORING_AND_EVALUATION, type, divisions))
            .addMonitoringRules(
                new MonitoringRule.TrainingReport(
                    "จัดทำรายงานผลภายใน " + thai(7 + random.nextInt(24)) + " วัน", 15, type.headTitle(), true),
                new MonitoringRule.EvaluationReport(
                    "รายงานผลต่อ" + type.headTitle() + " อย่างน้อยปีละ ๑ ครั้ง", 1 + random.nextInt(4), type.headTitle()))
            .addNameMentions(new NameMention(full, SourceLocation.of("announcement", 3)))
            .addCitations(
                new Citation(SeedLikePlan.DECREE, "พ.ศ. ๒๕๔๖", 2546, SourceLocation.of("announcement", 8)),
                new Citation(SeedLikePlan.DECREE, "พ.ศ. ๒๕๔๖", 2546, SourceLocation.of("preface", 30)));
    for (int i = 1; i <= 1 + random.nextInt(6); i++) {
      Division d = pick(divisions);
      plan.addForm1(
          StrategicKnowledgeNeed.builder()
              .number(i)
              .divisionName(d.name())
              .division(d.code())
              .activity(thai(i) + ". การพัฒนาด้านการบริหารงาน")
              .addKpis("จำนวนกิจกรรมตามเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. " + yearThai)
              .responsible(d.name())
              .build());
    }
    for (int i = 1; i <= 1 + random.nextInt(4); i++) {
      plan.addScopes(KmScope.builder().number(i).title("การพัฒนาศักยภาพบุคลากร").build());
    }
    KmPlan shell = plan.build();
    for (int g = 1; g <= 1 + random.nextInt(5); g++) {
      plan.addGoals(goal(g, shell));
    }
    return plan.build();
  }

  private Committee committee(CommitteeKind kind, OrganizationType type, List<Division> divisions) {
    Committee.Builder c = Committee.builder().kind(kind).name(kind.thaiName());
    if (kind == CommitteeKind.KNOWLEDGE_MANAGEMENT) {
      c.addMembers(
          new CommitteeMember(
              CommitteeRole.CKO, Optional.of("นายสมชาย ใจดี"), Optional.of(type.headTitle()),
              "ผู้บริหารด้านการจัดการความรู้ (Chief Knowledge Officer : CKO)"));
    }
    c.addMembers(new CommitteeMember(CommitteeRole.CHAIR, Optional.empty(), Optional.of(type.clerkTitle()), "ประธานกรรมการ"));
    for (Division d : divisions) {
      String head = d.name().startsWith("กอง") ? "ผู้อำนวยการ" + d.name() : "หัวหน้า" + d.name();
      c.addMembers(new CommitteeMember(CommitteeRole.MEMBER, Optional.empty(), Optional.of(head), "กรรมการ"));
    }
    c.addMembers(
        new CommitteeMember(CommitteeRole.SECRETARY, Optional.of("นางสาวสมศรี มีสุข"), Optional.of("นักทรัพยากรบุคคล"), "เลขานุการ"));
    return c.build();
  }

  private KmGoal goal(int number, KmPlan plan) {
    Framework framework = random.nextBoolean() ? Framework.KM_PROCESS : Framework.CHANGE_MANAGEMENT;
    List<PlanStep> steps = new ArrayList<>(framework.steps());
    Collections.shuffle(steps, random);
    List<PlanActivity> activities = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      PlanStep step = steps.get(i);
      List<String> names = new ArrayList<>(step.aliases());
      names.add(step.thaiName());
      activities.add(
          PlanActivity.builder()
              .number(i + 1)
              .step(step)
              .name(pick(names) + (random.nextInt(4) == 0 ? " - บอร์ดประชาสัมพันธ์" : ""))
              .method("จัดประชุม/สัมมนา")
              .period(period(plan.fiscalYear()))
              .indicator("จำนวนบุคลากรที่เข้าร่วม")
              .target(ThaiDigits.toThai(String.format(java.util.Locale.ROOT, pick(TARGETS), 1 + random.nextInt(100))))
              .responsible(responsible(plan))
              .sourceLine(100 + number * 20 + i)
              .build());
    }
    return KmGoal.builder()
        .number(number)
        .title("การส่งเสริมให้" + plan.organization().fullName() + "เป็นองค์กรแห่งการเรียนรู้")
        .framework(framework)
        .activities(activities)
        .build();
  }

  private ActivityPeriod period(FiscalYear year) {
    int first = random.nextInt(12);
    int last = first + random.nextInt(12 - first);
    YearMonth start = YearMonth.from(year.firstDay()).plusMonths(first);
    YearMonth end = YearMonth.from(year.firstDay()).plusMonths(last);
    MonthRange range = new MonthRange(start, end);
    return ActivityPeriod.of(ThaiDates.format(range, ThaiDates.Digits.THAI), range);
  }

  private String responsible(KmPlan plan) {
    Division d = pick(plan.divisions());
    String text =
        switch (random.nextInt(6)) {
          case 0 -> d.name();
          case 1 -> "หัวหน้าส่วนราชการแต่ละสำนัก/กอง";
          case 2 -> plan.divisions().get(0).name() + "/ กองทุกกอง";
          case 3 -> "บุคลากรทุกสำนัก/กอง";
          case 4 -> "คณะกรรมการจัดการความรู้";
          default -> "นักทรัพยากรบุคคล, " + d.name();
        };
    return withStraySpace(text);
  }

  /** A space inside a word, as a PDF extraction leaves it, one time in three. */
  private String withStraySpace(String text) {
    if (random.nextInt(3) != 0 || text.length() < 4) {
      return text;
    }
    int at = 1 + random.nextInt(text.length() - 2);
    char next = text.charAt(at);
    boolean mark =
        next == '\u0E31'
            || (next >= '\u0E34' && next <= '\u0E3A')
            || (next >= '\u0E47' && next <= '\u0E4E');
    // A space before a vowel or tone mark would leave the mark without its consonant: a real
    // defect, which a clean plan must not have.
    return mark ? text : text.substring(0, at) + " " + text.substring(at);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String thai(int n) {
    return ThaiDigits.toThai(String.valueOf(n));
  }
}
