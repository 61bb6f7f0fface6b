package th.km.web.knowledge;

import io.javalin.http.Context;
import java.util.Optional;
import th.km.core.knowledge.KnowledgeState;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmProcessStep;
import th.km.core.records.AssetKind;
import th.km.persistence.knowledge.KnowledgeFilter;
import th.km.web.http.WebError;

/**
 * The list's filters as the query gives them ({@code kind}, {@code division}, {@code step}, {@code
 * state}), for the plan's year; a value that is none of the choices is a 400 that names it.
 *
 * @param kind the kind asked for, or empty
 * @param division the division asked for, or empty
 * @param step the KM process step asked for, or empty
 * @param state the state asked for, or empty
 * @param filter the store's filter of the year
 */
public record ListFilter(
    Optional<AssetKind> kind,
    Optional<DivisionCode> division,
    Optional<KmProcessStep> step,
    Optional<KnowledgeState> state,
    KnowledgeFilter filter) {

  static ListFilter of(Context ctx, KmPlan plan) {
    Optional<AssetKind> kind = choice(ctx, "kind", AssetKind.class);
    Optional<KmProcessStep> step = choice(ctx, "step", KmProcessStep.class);
    Optional<KnowledgeState> state = choice(ctx, "state", KnowledgeState.class);
    String d = ctx.queryParam("division");
    Optional<DivisionCode> division = Optional.empty();
    if (d != null && !d.isBlank()) {
      division = plan.divisions().stream().map(x -> x.code()).filter(c -> c.value().equals(d.strip())).findFirst();
      if (division.isEmpty()) {
        throw WebError.badRequest("knowledge.error.filter", "division", shortened(d));
      }
    }
    return new ListFilter(
        kind, division, step, state,
        new KnowledgeFilter(kind, division, step, Optional.of(plan.fiscalYear()), state, false));
  }

  private static <E extends Enum<E>> Optional<E> choice(Context ctx, String name, Class<E> type) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value.strip())) {
        return Optional.of(e);
      }
    }
    throw WebError.badRequest("knowledge.error.filter", name, shortened(value));
  }

  private static String shortened(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
