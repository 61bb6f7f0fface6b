package th.km.core.plan;

/** A plan's own description of a KM step or change element, verbatim. */
public record StepDescription(PlanStep step, String text) {}
