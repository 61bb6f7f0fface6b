package th.km.web.planedit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import th.km.core.LocalizedText;
import th.km.core.check.Finding;
import th.km.core.check.FindingLocation;
import th.km.core.check.PlanChecker;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.persistence.planfile.PlanFileException;

/**
 * What the editor does with a part's form: puts the sent fields, removals and the added item into
 * the tree of the version the editor started from, reads the plan back as a plan file is read, and
 * runs the plan checker on it. Nothing here stores anything.
 */
public final class PlanEditing {

  /** The name of the field that says which items of lists to remove. */
  public static final String REMOVE = "remove";

  /** The name of the button that adds an item to the list its value names. */
  public static final String ADD = "add";

  /** The prefix of the name of every field of the plan: {@code f:goals[0].title}. */
  public static final String FIELD = "f:";

  /**
   * The outcome of a form.
   *
   * @param tree the edited tree, to show again
   * @param plan the plan, present only when every field is valid
   * @param errors the message of each bad field by its path, in Thai and English
   */
  public record Edited(PlanTree tree, Optional<KmPlan> plan, Map<String, LocalizedText> errors) {}

  private final Map<String, JsonNode> shapes;

  /** The editing of plans whose new items copy the examples of the reference plan. */
  public PlanEditing() {
    this.shapes = PlanTree.shapes(PlanTree.of(PlanStart.reference()));
  }

  /** The reference plan's nodes by shape, for the forms. */
  public Map<String, JsonNode> shapes() {
    return shapes;
  }

  /**
   * Applies a part's form to the tree of the version it was made from.
   *
   * @param fields the values sent, by path without the {@link #FIELD} prefix
   * @param remove the paths of list items ticked for removal
   * @param add the path of the list to add an item to, if the add button was pressed
   */
  public Edited apply(PlanTree base, Map<String, String> fields, List<String> remove, @Nullable String add) {
    PlanTree tree = base.copy();
    Map<String, LocalizedText> errors = new LinkedHashMap<>();
    fields.forEach(
        (path, value) ->
            tree.set(path, value, shapes.get(PlanTree.shape(path)))
                .ifPresent(problem -> errors.put(path, words(problem))));
    tree.remove(remove);
    if (add != null && !add.isBlank()) {
      JsonNode example = shapes.get(PlanTree.shape(add) + "[]");
      if (example != null) {
        tree.add(add, example);
      }
    }
    if (!errors.isEmpty()) {
      return new Edited(tree, Optional.empty(), errors);
    }
    try {
      return new Edited(tree, Optional.of(tree.plan("form")), Map.of());
    } catch (PlanFileException e) {
      errors.put(e.path(), LocalizedText.of(e.problemTh(), e.problemEn()));
      return new Edited(tree, Optional.empty(), errors);
    }
  }

  /** The checker's findings on the plan, most severe first. */
  public static List<Finding> check(KmPlan plan) {
    return PlanChecker.check(plan).findings().stream().sorted(Finding.ORDER).toList();
  }

  /**
   * The part and the anchor of the field a finding is about: an activity's, a goal's, or the
   * first field of the part its section names.
   */
  public static Link link(KmPlan plan, Finding finding) {
    FindingLocation where = finding.location();
    if (where.goal().isPresent()) {
      List<KmGoal> goals = plan.goals();
      for (int g = 0; g < goals.size(); g++) {
        if (goals.get(g).number() != where.goal().get()) {
          continue;
        }
        String goal = "goals[" + g + "]";
        if (where.activity().isPresent()) {
          var activities = goals.get(g).activities();
          for (int a = 0; a < activities.size(); a++) {
            if (activities.get(a).number() == where.activity().get()) {
              return new Link("goals", PartForm.anchorOf(goal + ".activities[" + a + "]"));
            }
          }
        }
        return new Link("goals", PartForm.anchorOf(goal));
      }
      return new Link("goals", "");
    }
    String section = where.section().toLowerCase(java.util.Locale.ROOT);
    String part =
        section.contains("announcement") ? "announcement"
            : section.contains("committee") ? "committees"
            : section.contains("form 1") ? "form1"
            : section.contains("scope") ? "scopes"
            : section.contains("monitoring") ? "monitoringRules"
            : section.contains("division") ? "divisions"
            : section.contains("title") ? "announcement"
            : section.contains("organization") || section.contains("name") ? "organization"
            : "narrative";
    return new Link(part, "");
  }

  /** Where a finding's link goes: the part's page and the anchor in it (empty: the page's top). */
  public record Link(String part, String anchor) {}

  private static LocalizedText words(String problem) {
    return switch (problem) {
      case "planEdit.error.notANumber" -> LocalizedText.of("ต้องเป็นตัวเลข", "must be a number");
      default -> LocalizedText.of("ไม่มีช่องนี้ในแผน", "the plan has no such field");
    };
  }

  /** The sent fields of the plan, by path, from the form's parameters. */
  public static Map<String, String> fields(Map<String, List<String>> form) {
    Map<String, String> out = new LinkedHashMap<>();
    form.forEach(
        (name, values) -> {
          if (name.startsWith(FIELD) && !values.isEmpty()) {
            out.put(name.substring(FIELD.length()), values.get(0));
          }
        });
    return out;
  }

  /** Reads a path-keyed label for a field name, for the diff and the forms. */
  public static Function<String, String> labels(Function<String, Optional<String>> messages) {
    return name -> messages.apply("planEdit.field." + name).orElse(name);
  }
}
