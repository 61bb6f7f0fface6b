package th.km.core.textimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import th.km.core.plan.Framework;
import th.km.core.plan.PlanStep;

/**
 * Decides which KM step or change element an action-plan activity is filed under, from the
 * activity's label: by name, by a name with a typo, or, when the label names no step at all, by how
 * much the label and method share with the steps' descriptions.
 */
final class StepMatcher {

  /** How a step was chosen. */
  enum How {
    /** The label is the step's name or an alias, or starts with one (white space ignored). */
    NAME,
    /** The label is close to a step's name: a typo or a changed word. */
    SIMILAR_NAME,
    /** The label names no step; the label and method resemble the step's description most. */
    SIMILAR_DESCRIPTION
  }

  /** A chosen step with how it was chosen and the similarity behind it (1 for a name). */
  record Match(PlanStep step, How how, double score) {}

  /** Below this a label is not taken for a misspelt step name. */
  static final double NAME_THRESHOLD = 0.5;

  /** Below this the label and method share too little with every description to choose. */
  static final double DESCRIPTION_THRESHOLD = 0.05;

  private StepMatcher() {}

  /** The step whose name or alias the label is or starts with; the longest name wins. */
  static Optional<PlanStep> byName(Framework framework, String label) {
    String l = Text.squeeze(label);
    @Nullable PlanStep best = null;
    int bestLength = 0;
    for (PlanStep step : framework.steps()) {
      for (String name : names(step)) {
        String n = Text.squeeze(name);
        if (l.startsWith(n) && n.length() > bestLength) {
          best = step;
          bestLength = n.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The step for an activity.
   *
   * @param descriptions the plan's own descriptions of the steps, where it gives them; the
   *     reference descriptions fill the gaps
   */
  static Optional<Match> match(
      Framework framework, String label, String method, Map<PlanStep, String> descriptions) {
    Optional<PlanStep> named = byName(framework, label);
    if (named.isPresent()) {
      return Optional.of(new Match(named.get(), How.NAME, 1));
    }
    @Nullable Match similarName = best(framework, s -> maxOver(names(s), label), How.SIMILAR_NAME);
    if (similarName != null && similarName.score() >= NAME_THRESHOLD) {
      return Optional.of(similarName);
    }
    String text = label + " " + method;
    @Nullable Match byDescription =
        best(
            framework,
            s -> Similarity.of(text, descriptions.getOrDefault(s, s.description())),
            How.SIMILAR_DESCRIPTION);
    if (byDescription != null && byDescription.score() >= DESCRIPTION_THRESHOLD) {
      return Optional.of(byDescription);
    }
    return Optional.empty();
  }

  private static List<String> names(PlanStep step) {
    List<String> names = new ArrayList<>();
    names.add(step.thaiName());
    names.addAll(step.aliases());
    return names;
  }

  private static double maxOver(List<String> names, String label) {
    return names.stream().mapToDouble(n -> Similarity.of(n, label)).max().orElse(0);
  }

  /** The best-scoring step, or null when two steps tie for best (no honest choice). */
  private static @Nullable Match best(
      Framework framework, ToDoubleFunction<PlanStep> score, How how) {
    @Nullable PlanStep best = null;
    double bestScore = -1;
    boolean tie = false;
    for (PlanStep step : framework.steps()) {
      double s = score.applyAsDouble(step);
      if (s > bestScore) {
        best = step;
        bestScore = s;
        tie = false;
      } else if (s == bestScore) {
        tie = true;
      }
    }
    return best == null || tie ? null : new Match(best, how, bestScore);
  }
}
