package th.km.web.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.ThaiDates;
import th.km.core.calendar.ThaiDigits;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.PlanActivity;

/**
 * What the reader corrects on the review page, applied to the plan the server read: the
 * organization's code and names, the fiscal year, the goals' titles and the activities' names,
 * periods, targets and responsible units. Only these fields are taken from the form; everything
 * else stays as read. A field the form leaves out keeps its value.
 */
public final class PlanCorrections {

  /** The field of the organization code. */
  public static final String CODE = "code";

  /** The field of the organization's Thai name, without its type prefix. */
  public static final String NAME = "name";

  /** The field of the organization's English name. */
  public static final String ENGLISH_NAME = "englishName";

  /** The field of the fiscal year, B.E. */
  public static final String YEAR = "fiscalYear";

  /**
   * The outcome of applying the form.
   *
   * @param plan the corrected plan, present only when every field is valid
   * @param errors the message key and its argument for each wrong field, in the form's order
   */
  public record Outcome(Optional<KmPlan> plan, Map<String, FieldProblem> errors) {}

  /** What is wrong with one field: a message key and its arguments. */
  public record FieldProblem(String key, List<Object> args) {
    static FieldProblem of(String key, Object... args) {
      return new FieldProblem(key, List.of(args));
    }
  }

  private PlanCorrections() {}

  /** The field of a goal's title. */
  public static String goalTitle(int goal) {
    return "goal-" + goal + "-title";
  }

  /** The field of one part ({@code name}, {@code period}, {@code target}, {@code responsible}) of an activity. */
  public static String activityField(int goal, int activity, String part) {
    return "goal-" + goal + "-activity-" + activity + "-" + part;
  }

  /**
   * Applies the form's fields to the plan read.
   *
   * @param read the plan as the server read it
   * @param form the submitted value of a field, null when the form did not send it
   * @param organization the organization the plan is saved for: the code must be its own
   */
  public static Outcome apply(KmPlan read, Function<String, @Nullable String> form, OrganizationCode organization) {
    Map<String, FieldProblem> errors = new LinkedHashMap<>();
    Fields f = new Fields(form, errors);

    String codeText = f.text(CODE, read.organization().code().value());
    if (!codeText.equals(organization.value())) {
      errors.put(CODE, FieldProblem.of("planImport.error.otherCode", codeText, organization.value()));
    }
    String name = f.required(NAME, read.organization().name());
    String prefix = read.organization().type().thaiName();
    if (name.startsWith(prefix)) {
      name = name.substring(prefix.length()).strip();
      if (name.isEmpty()) {
        errors.put(NAME, FieldProblem.of("planImport.error.required"));
      }
    }
    String englishName = f.text(ENGLISH_NAME, read.organization().englishName().orElse(""));
    String yearText = f.text(YEAR, String.valueOf(read.fiscalYear().buddhistYear()));
    OptionalInt year = ThaiDigits.parseInt(yearText);
    if (year.isEmpty() || year.getAsInt() < 2400 || year.getAsInt() > 2700) {
      errors.put(YEAR, FieldProblem.of("planImport.error.badYear", yearText));
    }

    List<KmGoal> goals = new ArrayList<>();
    for (KmGoal g : read.goals()) {
      String title = f.required(goalTitle(g.number()), g.title());
      List<PlanActivity> activities = new ArrayList<>();
      for (PlanActivity a : g.activities()) {
        activities.add(activity(f, g.number(), a));
      }
      goals.add(KmGoal.copyOf(g).withTitle(title).withActivities(activities));
    }
    if (!errors.isEmpty()) {
      return new Outcome(Optional.empty(), errors);
    }
    Organization org =
        Organization.copyOf(read.organization())
            .withCode(organization)
            .withName(name)
            .withEnglishName(englishName.isBlank() ? Optional.empty() : Optional.of(englishName));
    KmPlan plan =
        KmPlan.copyOf(read)
            .withOrganization(org)
            .withFiscalYear(FiscalYear.ofBuddhistYear(year.getAsInt()))
            .withGoals(goals);
    return new Outcome(Optional.of(plan), Map.of());
  }

  private static PlanActivity activity(Fields f, int goal, PlanActivity a) {
    String name = f.required(activityField(goal, a.number(), "name"), a.name());
    String periodText = f.text(activityField(goal, a.number(), "period"), a.period().text());
    ActivityPeriod period =
        periodText.equals(a.period().text())
            ? a.period()
            : new ActivityPeriod(periodText, ThaiDates.parseMonthRange(periodText));
    return PlanActivity.copyOf(a)
        .withName(name)
        .withPeriod(period)
        .withTarget(f.text(activityField(goal, a.number(), "target"), a.target()))
        .withResponsible(f.text(activityField(goal, a.number(), "responsible"), a.responsible()));
  }

  /** Reads the form's fields, noting each required one left blank. */
  private record Fields(Function<String, @Nullable String> form, Map<String, FieldProblem> errors) {

    String text(String field, String read) {
      String sent = form.apply(field);
      return sent == null ? read : sent.strip();
    }

    String required(String field, String read) {
      String value = text(field, read);
      if (value.isEmpty()) {
        errors.put(field, FieldProblem.of("planImport.error.required"));
        return read;
      }
      return value;
    }
  }
}
