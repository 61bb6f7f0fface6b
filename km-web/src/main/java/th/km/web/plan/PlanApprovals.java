package th.km.web.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import th.km.core.audit.AuditEntry;
import th.km.core.audit.AuditLog;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.ApprovalResult;
import th.km.core.store.PlanStore;
import th.km.core.store.PlanVersion;
import th.km.core.store.SaveResult;
import th.km.core.store.StoredPlan;

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

  /** Version {@code number} with its content; empty when there is none. */
  Optional<StoredPlan> version(OrganizationCode organization, FiscalYear year, int number);

  /**
   * Saves the plan as a new draft only while version {@code basedOn}, the one the editor started
   * from, is still the latest; empty when the server keeps no versions.
   */
  Optional<SaveResult> saveDraft(KmPlan plan, int basedOn, Actor by);

  /** Who approved version {@code number}, if it is approved and the server knows. */
  Optional<Actor> approvedBy(OrganizationCode organization, FiscalYear year, int number);

  /**
   * The versions and approvals of the plan store {@code asActor} gives for each person; the audit
   * log, in which the store names who approved, says who approved each version.
   */
  static PlanApprovals of(Function<Actor, PlanStore> asActor, AuditLog audit) {
    PlanApprovals stores = of(asActor);
    return new PlanApprovals() {
      @Override
      public List<PlanVersion> versions(OrganizationCode organization, FiscalYear year) {
        return stores.versions(organization, year);
      }

      @Override
      public ApprovalResult approve(OrganizationCode organization, FiscalYear year, int number, Actor by) {
        return stores.approve(organization, year, number, by);
      }

      @Override
      public Optional<PlanVersion> saveDraft(KmPlan plan, Actor by) {
        return stores.saveDraft(plan, by);
      }

      @Override
      public Optional<StoredPlan> version(OrganizationCode organization, FiscalYear year, int number) {
        return stores.version(organization, year, number);
      }

      @Override
      public Optional<SaveResult> saveDraft(KmPlan plan, int basedOn, Actor by) {
        return stores.saveDraft(plan, basedOn, by);
      }

      @Override
      public Optional<Actor> approvedBy(OrganizationCode organization, FiscalYear year, int number) {
        String id = organization.value() + "/" + year.buddhistYear() + "/" + number;
        return audit.entries(organization, "plan", id).stream()
            // The store logs an approval as the action "approve" on the entity "plan".
            .filter(e -> e.action().endsWith(".approve"))
            .reduce((first, second) -> second)
            .map(AuditEntry::actor);
      }
    };
  }

  /**
   * The versions and approvals of the plan store {@code asActor} gives for each person; who
   * approved is remembered for the approvals made through this server.
   */
  static PlanApprovals of(Function<Actor, PlanStore> asActor) {
    Map<String, Actor> approvers = new ConcurrentHashMap<>();
    return new PlanApprovals() {
      @Override
      public List<PlanVersion> versions(OrganizationCode organization, FiscalYear year) {
        return asActor.apply(Actor.SYSTEM).versions(organization, year);
      }

      @Override
      public ApprovalResult approve(OrganizationCode organization, FiscalYear year, int number, Actor by) {
        ApprovalResult result = asActor.apply(by).approve(organization, year, number);
        if (result instanceof ApprovalResult.Approved) {
          approvers.put(organization.value() + "/" + year.buddhistYear() + "/" + number, by);
        }
        return result;
      }

      @Override
      public Optional<PlanVersion> saveDraft(KmPlan plan, Actor by) {
        return Optional.of(asActor.apply(by).saveDraft(plan));
      }

      @Override
      public Optional<StoredPlan> version(OrganizationCode organization, FiscalYear year, int number) {
        return asActor.apply(Actor.SYSTEM).version(organization, year, number);
      }

      @Override
      public Optional<SaveResult> saveDraft(KmPlan plan, int basedOn, Actor by) {
        return Optional.of(asActor.apply(by).saveDraft(plan, basedOn));
      }

      @Override
      public Optional<Actor> approvedBy(OrganizationCode organization, FiscalYear year, int number) {
        return Optional.ofNullable(approvers.get(organization.value() + "/" + year.buddhistYear() + "/" + number));
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

      @Override
      public Optional<StoredPlan> version(OrganizationCode organization, FiscalYear year, int number) {
        return Optional.empty();
      }

      @Override
      public Optional<SaveResult> saveDraft(KmPlan plan, int basedOn, Actor by) {
        return Optional.empty();
      }

      @Override
      public Optional<Actor> approvedBy(OrganizationCode organization, FiscalYear year, int number) {
        return Optional.empty();
      }
    };
  }
}
