package th.km.persistence.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
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
 * Valid plans drawn from a seeded {@link Random}: every optional part present or absent, lists
 * empty or long, texts in Thai and Latin with quotes, line breaks and characters outside the Basic
 * Multilingual Plane. The same seed gives the same plan.
 */
public final class RandomPlans {

  private static final String[] WORDS = {
    "แผน", "การจัดการความรู้", "กองคลัง", "๒๕๖๙", "ร้อยละ ๙๐", "KM", "O'Brien", "\"quoted\"",
    "back\\slash", "line\nbreak", "tab\there", "ศรีัญญา", "🙂", "  spaced  ", "%_wild_%", "ก.ย."
  };

  private final Random random;

  public RandomPlans(long seed) {
    this.random = new Random(seed);
  }

  /** A plan of the organization for the year. */
  public KmPlan plan(OrganizationCode code, FiscalYear year) {
    List<Division> divisions = new ArrayList<>();
    int divisionCount = random.nextInt(5);
    for (int i = 0; i < divisionCount; i++) {
      divisions.add(new Division(DivisionCode.of("d" + i), "กอง " + i + " " + text()));
    }
    return KmPlan.builder()
        .organization(organization(code))
        .fiscalYear(year)
        .title(text())
        .preparedBy(maybe(this::text))
        .announcement(maybe(this::announcement))
        .divisions(divisions)
        .positions(list(4, () -> position(divisions)))
        .committees(committees())
        .stepDescriptions(list(4, () -> new StepDescription(step(anyFramework()), text())))
        .tools(
            list(
                3,
                () ->
                    new KmTool(
                        pick(KmToolKind.values()), text(), random.nextBoolean() ? "" : text())))
        .monitoringRules(monitoringRules())
        .form1(numbered(4, n -> form1(n, divisions)))
        .scopes(numbered(3, this::scope))
        .goals(numbered(4, this::goal))
        .nameMentions(list(3, () -> new NameMention(text(), location())))
        .citations(
            list(
                3,
                () ->
                    new Citation(
                        text(),
                        "พ.ศ. ๒๕" + random.nextInt(100),
                        2500 + random.nextInt(100),
                        location())))
        .narrative(list(3, () -> new NarrativeSection(text(), list(3, this::text))))
        .build();
  }

  private Organization organization(OrganizationCode code) {
    return Organization.builder()
        .code(code)
        .type(pick(OrganizationType.values()))
        .name("ชื่อ" + text())
        .englishName(maybe(this::text))
        .district(maybe(this::text))
        .province(maybe(this::text))
        .build();
  }

  private Announcement announcement() {
    return Announcement.builder()
        .heading(text())
        .subject(text())
        .paragraphs(list(3, this::text))
        .dateText(text())
        .date(maybe(() -> LocalDate.of(2025, 10, 1).plusDays(random.nextInt(365))))
        .signerName(maybe(this::text))
        .signerPosition(maybe(this::text))
        .build();
  }

  private Position position(List<Division> divisions) {
    Optional<DivisionCode> division =
        divisions.isEmpty() || random.nextBoolean()
            ? Optional.empty()
            : Optional.of(pick(divisions).code());
    return new Position("ตำแหน่ง" + text(), division);
  }

  private List<Committee> committees() {
    List<Committee> committees = new ArrayList<>();
    for (CommitteeKind kind : CommitteeKind.values()) {
      if (random.nextBoolean()) {
        continue;
      }
      List<RoleDuties> duties = new ArrayList<>();
      for (CommitteeRole role : CommitteeRole.values()) {
        if (random.nextBoolean()) {
          duties.add(new RoleDuties(role, list(3, this::text)));
        }
      }
      committees.add(
          Committee.builder()
              .kind(kind)
              .name("คณะกรรมการ" + text())
              .members(list(5, this::member))
              .duties(duties)
              .remit(maybe(this::text))
              .build());
    }
    return committees;
  }

  private CommitteeMember member() {
    Optional<String> person = maybe(() -> "นาย" + text());
    Optional<String> position =
        person.isEmpty() ? Optional.of("ตำแหน่ง" + text()) : maybe(() -> "ตำแหน่ง" + text());
    return new CommitteeMember(pick(CommitteeRole.values()), person, position, text());
  }

  private List<MonitoringRule> monitoringRules() {
    List<MonitoringRule> rules = new ArrayList<>();
    if (random.nextBoolean()) {
      rules.add(
          new MonitoringRule.TrainingReport(
              text(), 1 + random.nextInt(366), text(), random.nextBoolean()));
    }
    if (random.nextBoolean()) {
      rules.add(new MonitoringRule.KnowledgeDocument(text()));
    }
    if (random.nextBoolean()) {
      rules.add(new MonitoringRule.SupervisorReview(text()));
    }
    if (random.nextBoolean()) {
      rules.add(new MonitoringRule.EvaluationReport(text(), 1 + random.nextInt(12), text()));
    }
    int others = random.nextInt(3);
    for (int i = 0; i < others; i++) {
      rules.add(new MonitoringRule.Other("other-" + i, text()));
    }
    java.util.Collections.shuffle(rules, random);
    return rules;
  }

  private StrategicKnowledgeNeed form1(int number, List<Division> divisions) {
    Optional<DivisionCode> division =
        divisions.isEmpty() || random.nextBoolean()
            ? Optional.empty()
            : Optional.of(pick(divisions).code());
    return StrategicKnowledgeNeed.builder()
        .number(number)
        .divisionName(text())
        .division(division)
        .activity("กิจกรรม" + text())
        .objectives(list(3, this::text))
        .kpis(list(3, this::text))
        .responsible(text())
        .requiredKnowledge(list(3, this::text))
        .build();
  }

  private KmScope scope(int number) {
    return KmScope.builder()
        .number(number)
        .title("ขอบเขต" + text())
        .benefitsToStaff(list(3, this::text))
        .benefitsToExecutives(list(3, this::text))
        .relatedPolicies(list(3, this::text))
        .build();
  }

  private KmGoal goal(int number) {
    Framework framework = anyFramework();
    List<PlanActivity> activities = new ArrayList<>();
    int count = random.nextInt(5);
    int activityNumber = 0;
    for (int i = 0; i < count; i++) {
      activityNumber += 1 + random.nextInt(2);
      activities.add(activity(activityNumber, framework));
    }
    return KmGoal.builder()
        .number(number)
        .title("เป้าหมาย" + text())
        .titleVariants(list(2, this::text))
        .measurableOutcomes(list(3, this::text))
        .framework(framework)
        .activities(activities)
        .build();
  }

  private PlanActivity activity(int number, Framework framework) {
    ActivityPeriod period;
    if (random.nextBoolean()) {
      YearMonth start = YearMonth.of(2025, 10).plusMonths(random.nextInt(12));
      period =
          ActivityPeriod.of(text(), new MonthRange(start, start.plusMonths(random.nextInt(12))));
    } else {
      period = ActivityPeriod.unreadable(text());
    }
    return PlanActivity.builder()
        .number(number)
        .name("กิจกรรม" + text())
        .details(list(3, this::text))
        .step(step(framework))
        .method(text())
        .period(period)
        .indicator(text())
        .target(text())
        .responsible(text())
        .note(maybe(this::text))
        .sourceLine(maybe(() -> 1 + random.nextInt(400)))
        .build();
  }

  private SourceLocation location() {
    return new SourceLocation(text(), maybe(() -> 1 + random.nextInt(400)));
  }

  private Framework anyFramework() {
    return pick(Framework.values());
  }

  private PlanStep step(Framework framework) {
    return PlanStep.of(framework, 1 + random.nextInt(framework.steps().size()));
  }

  /** A non-blank text of one to six words; now and then a long one. */
  private String text() {
    StringBuilder text = new StringBuilder(pick(WORDS).strip());
    int words = random.nextInt(6);
    for (int i = 0; i < words; i++) {
      text.append(' ').append(pick(WORDS));
    }
    if (random.nextInt(40) == 0) {
      text.append(" ยาว".repeat(2000));
    }
    return text.toString();
  }

  private <T> Optional<T> maybe(Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  private <T> List<T> list(int max, Supplier<T> element) {
    int size = random.nextInt(max + 1);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  private <T> List<T> numbered(int max, java.util.function.IntFunction<T> element) {
    int size = random.nextInt(max + 1);
    List<T> list = new ArrayList<>(size);
    int number = 0;
    for (int i = 0; i < size; i++) {
      number += 1 + random.nextInt(3);
      list.add(element.apply(number));
    }
    java.util.Collections.shuffle(list, random);
    return list;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
