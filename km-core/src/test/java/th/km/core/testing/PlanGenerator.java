package th.km.core.testing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
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
import th.km.core.plan.KmTool;
import th.km.core.plan.KmToolKind;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.NameMention;
import th.km.core.plan.NarrativeSection;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;
import th.km.core.plan.Position;
import th.km.core.plan.RoleDuties;
import th.km.core.plan.SourceLocation;
import th.km.core.plan.StepDescription;
import th.km.core.plan.StrategicKnowledgeNeed;

/**
 * Random valid KM plans for property tests: every field of {@link KmPlan} and of everything it
 * holds is filled, every optional part is sometimes present and sometimes absent, goals use both
 * frameworks, and texts mix Thai words, Thai and Arabic digits and characters that break naive code
 * (quotes, backslashes, tabs, newlines, emoji outside the Basic Multilingual Plane).
 *
 * <p>The same {@link Random} seed always gives the same plan, so a test that prints its seed can be
 * replayed. Every method draws only from the given {@code Random}; none reads the clock.
 */
public final class PlanGenerator {

  private static final List<String> THAI_WORDS =
      List.of(
          "การจัดการความรู้",
          "เทศบาล",
          "พนักงานจ้าง",
          "คู่มือการปฏิบัติงาน",
          "ศูนย์ข้อมูลข่าวสาร",
          "นายกเทศมนตรี",
          "ปลัดเทศบาล",
          "กองคลัง",
          "ร้อยละ",
          "ไม่น้อยกว่า",
          "ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙",
          "พ.ศ.",
          "ฯลฯ",
          "ๆ",
          "ศรีัญญา",
          "เป้าหมาย KM",
          "HAPPY WORKPLACE",
          "After Action Review");

  private static final List<String> ODD_PIECES =
      List.of(
          "\"", "\\", "\n", "\t", "'", "/", "😀", "👍🏽", "&", "<b>", "{", "}", "[", "]", ":", ",");

  private static final List<String> DIVISION_NAMES =
      List.of(
          "สำนักปลัดเทศบาล",
          "กองคลัง",
          "กองช่าง",
          "กองการศึกษา",
          "กองสาธารณสุขและสิ่งแวดล้อม",
          "กองสวัสดิการสังคม",
          "หน่วยตรวจสอบภายใน");

  private PlanGenerator() {}

  /** A random valid plan. */
  public static KmPlan plan(Random random) {
    List<Division> divisions = divisions(random);
    List<DivisionCode> codes = divisions.stream().map(Division::code).toList();
    FiscalYear year = FiscalYear.ofBuddhistYear(2560 + random.nextInt(20));
    return KmPlan.builder()
        .organization(organization(random))
        .fiscalYear(year)
        .title(text(random))
        .preparedBy(maybe(random, () -> text(random)))
        .announcement(maybe(random, () -> announcement(random, year)))
        .divisions(divisions)
        .positions(listOf(random, 4, () -> position(random, codes)))
        .committees(committees(random))
        .stepDescriptions(listOf(random, 4, () -> stepDescription(random)))
        .tools(listOf(random, 3, () -> tool(random)))
        .monitoringRules(monitoringRules(random))
        .form1(numbered(random, 4, n -> need(random, n, codes)))
        .scopes(numbered(random, 3, n -> scope(random, n)))
        .goals(numbered(random, 4, n -> goal(random, n, year)))
        .nameMentions(listOf(random, 3, () -> new NameMention(text(random), location(random))))
        .citations(listOf(random, 2, () -> citation(random)))
        .narrative(listOf(random, 3, () -> new NarrativeSection(text(random), texts(random))))
        .build();
  }

  /** A random organization whose name never repeats its type prefix. */
  public static Organization organization(Random random) {
    OrganizationType type = pick(random, OrganizationType.values());
    return Organization.builder()
        .code(OrganizationCode.of(code(random)))
        .type(type)
        .name("บ้าน" + text(random))
        .englishName(maybe(random, () -> "BAAN \"WAEN\" " + random.nextInt(100)))
        .district(maybe(random, () -> text(random)))
        .province(maybe(random, () -> text(random)))
        .build();
  }

  /** A random KM goal with the given number, its activities in months around the fiscal year. */
  public static KmGoal goal(Random random, int number, FiscalYear year) {
    Framework framework = pick(random, Framework.values());
    return KmGoal.builder()
        .number(number)
        .title(text(random))
        .titleVariants(listOf(random, 2, () -> text(random)))
        .measurableOutcomes(texts(random))
        .framework(framework)
        .activities(numbered(random, 7, n -> activity(random, n, framework, year)))
        .build();
  }

  /** A random action-plan activity filed under a step of the framework. */
  public static PlanActivity activity(
      Random random, int number, Framework framework, FiscalYear year) {
    List<? extends PlanStep> steps = framework.steps();
    return PlanActivity.builder()
        .number(number)
        .name(text(random))
        .details(listOf(random, 3, () -> "- " + text(random)))
        .step(steps.get(random.nextInt(steps.size())))
        .method(text(random))
        .period(period(random, year))
        .indicator(text(random))
        .target(text(random))
        .responsible(text(random))
        .note(maybe(random, () -> text(random)))
        .sourceLine(maybe(random, () -> 1 + random.nextInt(5000)))
        .build();
  }

  /** A period whose months, when present, start and end within a year of the fiscal year. */
  public static ActivityPeriod period(Random random, FiscalYear year) {
    return new ActivityPeriod(text(random), maybe(random, () -> monthRange(random, year)));
  }

  /** A month range of one to twenty-four months starting near the fiscal year. */
  public static MonthRange monthRange(Random random, FiscalYear year) {
    YearMonth start = YearMonth.from(year.firstDay()).plusMonths(random.nextInt(24) - 6L);
    return new MonthRange(start, start.plusMonths(random.nextInt(24)));
  }

  /**
   * A random non-blank text: Thai words, numbers in Thai or Arabic digits and, now and then, a
   * character that JSON, CSV or HTML must escape.
   */
  public static String text(Random random) {
    StringBuilder out = new StringBuilder(pick(random, THAI_WORDS));
    int pieces = random.nextInt(6);
    for (int i = 0; i < pieces; i++) {
      switch (random.nextInt(4)) {
        case 0 -> out.append(' ').append(pick(random, THAI_WORDS));
        case 1 -> out.append(' ').append(number(random));
        case 2 -> out.append(pick(random, ODD_PIECES));
        default -> out.append(' ');
      }
    }
    return out.toString();
  }

  /** Zero to four random texts. */
  public static List<String> texts(Random random) {
    return listOf(random, 4, () -> text(random));
  }

  /** A number written in Thai digits, Arabic digits, or as a percentage. */
  public static String number(Random random) {
    String digits = String.valueOf(random.nextInt(2600));
    return switch (random.nextInt(3)) {
      case 0 -> ThaiDigits.toThai(digits);
      case 1 -> digits;
      default -> "ร้อยละ " + ThaiDigits.toThai(digits);
    };
  }

  private static Announcement announcement(Random random, FiscalYear year) {
    return Announcement.builder()
        .heading(text(random))
        .subject(text(random))
        .paragraphs(texts(random))
        .dateText("ประกาศ ณ วันที่ " + number(random) + " เดือน มีนาคม พ.ศ. " + year.buddhistYear())
        .date(maybe(random, () -> year.firstDay().plusDays(random.nextInt(366))))
        .signerName(maybe(random, () -> text(random)))
        .signerPosition(maybe(random, () -> text(random)))
        .build();
  }

  private static List<Division> divisions(Random random) {
    List<String> names = new ArrayList<>(DIVISION_NAMES);
    int count = random.nextInt(names.size() + 1);
    List<Division> divisions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = names.remove(random.nextInt(names.size()));
      divisions.add(new Division(DivisionCode.of("d" + i + "-" + code(random)), name));
    }
    return divisions;
  }

  private static Position position(Random random, List<DivisionCode> codes) {
    Optional<DivisionCode> division =
        codes.isEmpty() || random.nextBoolean()
            ? Optional.empty()
            : Optional.of(codes.get(random.nextInt(codes.size())));
    return new Position(text(random), division);
  }

  private static List<Committee> committees(Random random) {
    List<Committee> committees = new ArrayList<>();
    for (CommitteeKind kind : CommitteeKind.values()) {
      if (random.nextInt(4) > 0) {
        committees.add(committee(random, kind));
      }
    }
    return committees;
  }

  private static Committee committee(Random random, CommitteeKind kind) {
    List<RoleDuties> duties = new ArrayList<>();
    for (CommitteeRole role : CommitteeRole.values()) {
      if (random.nextBoolean()) {
        duties.add(new RoleDuties(role, texts(random)));
      }
    }
    return Committee.builder()
        .kind(kind)
        .name(text(random))
        .members(listOf(random, 6, () -> member(random)))
        .duties(duties)
        .remit(maybe(random, () -> text(random)))
        .build();
  }

  private static CommitteeMember member(Random random) {
    int which = random.nextInt(3);
    Optional<String> person = which != 1 ? Optional.of(text(random)) : Optional.empty();
    Optional<String> position = which != 0 ? Optional.of(text(random)) : Optional.empty();
    return new CommitteeMember(
        pick(random, CommitteeRole.values()), person, position, "เป็น " + text(random));
  }

  private static StepDescription stepDescription(Random random) {
    List<? extends PlanStep> steps = pick(random, Framework.values()).steps();
    return new StepDescription(steps.get(random.nextInt(steps.size())), text(random));
  }

  private static KmTool tool(Random random) {
    return new KmTool(pick(random, KmToolKind.values()), text(random), text(random));
  }

  private static List<MonitoringRule> monitoringRules(Random random) {
    List<MonitoringRule> rules = new ArrayList<>();
    if (random.nextBoolean()) {
      rules.add(
          new MonitoringRule.TrainingReport(
              text(random), 1 + random.nextInt(366), text(random), random.nextBoolean()));
    }
    if (random.nextBoolean()) {
      rules.add(new MonitoringRule.KnowledgeDocument(text(random)));
    }
    if (random.nextBoolean()) {
      rules.add(new MonitoringRule.SupervisorReview(text(random)));
    }
    if (random.nextBoolean()) {
      rules.add(
          new MonitoringRule.EvaluationReport(text(random), 1 + random.nextInt(12), text(random)));
    }
    int others = random.nextInt(3);
    for (int i = 1; i <= others; i++) {
      rules.add(new MonitoringRule.Other("other-" + i, text(random)));
    }
    Collections.shuffle(rules, random);
    return rules;
  }

  private static StrategicKnowledgeNeed need(Random random, int number, List<DivisionCode> codes) {
    return StrategicKnowledgeNeed.builder()
        .number(number)
        .divisionName(text(random))
        .division(
            codes.isEmpty() || random.nextBoolean()
                ? Optional.empty()
                : Optional.of(codes.get(random.nextInt(codes.size()))))
        .activity(text(random))
        .objectives(texts(random))
        .kpis(texts(random))
        .responsible(text(random))
        .requiredKnowledge(texts(random))
        .build();
  }

  private static KmScope scope(Random random, int number) {
    return KmScope.builder()
        .number(number)
        .title(text(random))
        .benefitsToStaff(texts(random))
        .benefitsToExecutives(texts(random))
        .relatedPolicies(texts(random))
        .build();
  }

  private static Citation citation(Random random) {
    int year = 2540 + random.nextInt(30);
    String yearText =
        "พ.ศ. "
            + (random.nextBoolean()
                ? ThaiDigits.toThai(String.valueOf(year))
                : String.valueOf(year));
    return new Citation(text(random), yearText, year, location(random));
  }

  private static SourceLocation location(Random random) {
    String section = pick(random, List.of("announcement", "preface", "goal 3", "form 1"));
    return random.nextBoolean()
        ? SourceLocation.of(section)
        : SourceLocation.of(section, 1 + random.nextInt(400));
  }

  /** A code of the OrganizationCode/DivisionCode form. */
  private static String code(Random random) {
    String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder out = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      out.append(letters.charAt(random.nextInt(letters.length())));
      if (i < length - 1 && random.nextInt(6) == 0) {
        out.append('-');
      }
    }
    return out.toString();
  }

  /**
   * Distinct positive numbers in increasing order with gaps (1, 2, 4...), each given to the
   * factory; plans skip numbers, so the generated ones do too.
   */
  private static <T> List<T> numbered(Random random, int max, IntFunction<T> factory) {
    int count = random.nextInt(max + 1);
    Set<Integer> numbers = new LinkedHashSet<>();
    int next = 1;
    while (numbers.size() < count) {
      numbers.add(next);
      next += random.nextInt(4) == 0 ? 2 : 1;
    }
    return numbers.stream().map(factory::apply).toList();
  }

  private static <T> List<T> listOf(Random random, int max, Supplier<T> element) {
    int count = random.nextInt(max + 1);
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(element.get());
    }
    return out;
  }

  private static <T> Optional<T> maybe(Random random, Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
