package th.km.web.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.ApprovalResult;
import th.km.core.store.PlanStore;
import th.km.core.store.PlanVersion;

/** The versions of a plan and their approval, as the web server sees them. */
public interface PlanApprovals {

  /** Every version of the organization's plan for the year, oldest first. */
  List<PlanVersion> versions(OrganizationCode organization, FiscalYear year);

  /** Approves the version, which must be the latest, unlocked draft, as {@code by}. */
  ApprovalResult approve(OrganizationCode organization, FiscalYear year, int number, Actor by);

  /**
   * Saves the plan as a new draft version of its organization's plan for its year, as {@code by}; a
   * saved version, approved or not, is never changed. Empty when the server keeps no versions.
   */
  Optional<PlanVersion> saveDraft(KmPlan plan, Actor by);

  /**
   * The versions and approvals of the plan store {@code asActor} gives for each person, so that
   * the audit log names who approved.
   */
  static PlanApprovals of(Function<Actor, PlanStore> asActor) {
    return new PlanApprovals() {
      @Override
      public List<PlanVersion> versions(OrganizationCode organization, FiscalYear year) {
        return asActor.apply(Actor.SYSTEM).versions(organization, year);
      }

      @Override
      public ApprovalResult approve(OrganizationCode organization, FiscalYear year, int number, Actor by) {
        return asActor.apply(by).approve(organization, year, number);
      }

      @Override
      public Optional<PlanVersion> saveDraft(KmPlan plan, Actor by) {
        return Optional.of(asActor.apply(by).saveDraft(plan));
      }
    };
  }

  /** A server that shows plans without keeping their versions: none to list or approve. */
  static PlanApprovals none() {
    return new PlanApprovals() {
      @Override
      public List<PlanVersion> versions(OrganizationCode organization, FiscalYear year) {
        return List.of();
      }

      @Override
      public ApprovalResult approve(OrganizationCode organization, FiscalYear year, int number, Actor by) {
        return new ApprovalResult.NotFound(organization, year, number);
      }

      @Override
      public Optional<PlanVersion> saveDraft(KmPlan plan, Actor by) {
        return Optional.empty();
      }
    };
  }
}
