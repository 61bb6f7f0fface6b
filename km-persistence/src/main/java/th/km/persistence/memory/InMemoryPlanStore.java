package th.km.persistence.memory;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.ApprovalResult;
import th.km.core.store.PlanStatus;
import th.km.core.store.PlanStore;
import th.km.core.store.PlanVersion;
import th.km.core.store.SaveResult;
import th.km.core.store.StoredPlan;

/**
 * A {@link PlanStore} in memory, for tests and demonstrations: it behaves as the database stores do
 * and forgets everything when dropped. Safe to share between threads.
 */
public final class InMemoryPlanStore implements PlanStore {

  private final Clock clock;
  private final Map<OrganizationCode, Organization> organizations =
      new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
  private final Map<Key, List<StoredPlan>> plans = new HashMap<>();

  /** A store whose versions are stamped with the clock's time. */
  public InMemoryPlanStore(Clock clock) {
    this.clock = clock;
  }

  private record Key(OrganizationCode organization, FiscalYear fiscalYear) {}

  @Override
  public synchronized PlanVersion saveDraft(KmPlan plan) {
    return switch (save(plan, OptionalInt.empty())) {
      case SaveResult.Saved saved -> saved.version();
      case SaveResult.Stale stale ->
          throw new IllegalStateException("a save based on no version cannot be stale: " + stale);
    };
  }

  @Override
  public synchronized SaveResult saveDraft(KmPlan plan, int basedOn) {
    checkArgument(basedOn >= 1, "a plan version number is positive, got %s", basedOn);
    return save(plan, OptionalInt.of(basedOn));
  }

  private SaveResult save(KmPlan plan, OptionalInt basedOn) {
    Key key = new Key(plan.organization().code(), plan.fiscalYear());
    List<StoredPlan> versions = plans.getOrDefault(key, List.of());
    Optional<StoredPlan> latest =
        versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    if (basedOn.isPresent()) {
      int latestNumber = latest.map(p -> p.version().number()).orElse(0);
      if (latestNumber != basedOn.getAsInt()) {
        return new SaveResult.Stale(basedOn.getAsInt(), latest.map(StoredPlan::version));
      }
    }
    organizations.put(key.organization(), plan.organization());
    List<StoredPlan> updated = new ArrayList<>(versions);
    latest
        .filter(p -> !p.version().locked())
        .ifPresent(p -> updated.set(updated.size() - 1, withVersion(p, locked(p.version()))));
    PlanVersion version =
        new PlanVersion(
            key.organization(),
            key.fiscalYear(),
            latest.map(p -> p.version().number() + 1).orElse(1),
            PlanStatus.DRAFT,
            false,
            now(),
            Optional.empty());
    updated.add(new StoredPlan(version, plan));
    plans.put(key, List.copyOf(updated));
    return new SaveResult.Saved(version);
  }

  @Override
  public synchronized ApprovalResult approve(
      OrganizationCode organization, FiscalYear fiscalYear, int number) {
    Key key = new Key(organization, fiscalYear);
    List<StoredPlan> versions = plans.getOrDefault(key, List.of());
    for (int i = 0; i < versions.size(); i++) {
      StoredPlan stored = versions.get(i);
      if (stored.version().number() != number) {
        continue;
      }
      if (stored.version().locked()) {
        return new ApprovalResult.Locked(stored.version());
      }
      PlanVersion old = stored.version();
      PlanVersion approved =
          new PlanVersion(
              old.organization(),
              old.fiscalYear(),
              old.number(),
              PlanStatus.APPROVED,
              true,
              old.savedAt(),
              Optional.of(now()));
      List<StoredPlan> updated = new ArrayList<>(versions);
      updated.set(i, withVersion(stored, approved));
      plans.put(key, List.copyOf(updated));
      return new ApprovalResult.Approved(approved);
    }
    return new ApprovalResult.NotFound(organization, fiscalYear, number);
  }

  @Override
  public synchronized Optional<StoredPlan> latest(
      OrganizationCode organization, FiscalYear fiscalYear) {
    List<StoredPlan> versions = plans.getOrDefault(new Key(organization, fiscalYear), List.of());
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  @Override
  public synchronized Optional<StoredPlan> approved(
      OrganizationCode organization, FiscalYear fiscalYear) {
    List<StoredPlan> versions = plans.getOrDefault(new Key(organization, fiscalYear), List.of());
    return versions.reversed().stream()
        .filter(p -> p.version().status() == PlanStatus.APPROVED)
        .findFirst();
  }

  @Override
  public synchronized Optional<StoredPlan> version(
      OrganizationCode organization, FiscalYear fiscalYear, int number) {
    return plans.getOrDefault(new Key(organization, fiscalYear), List.of()).stream()
        .filter(p -> p.version().number() == number)
        .findFirst();
  }

  @Override
  public synchronized List<PlanVersion> versions(
      OrganizationCode organization, FiscalYear fiscalYear) {
    return plans.getOrDefault(new Key(organization, fiscalYear), List.of()).stream()
        .map(StoredPlan::version)
        .toList();
  }

  @Override
  public synchronized List<FiscalYear> fiscalYears(OrganizationCode organization) {
    return plans.keySet().stream()
        .filter(k -> k.organization().equals(organization))
        .map(Key::fiscalYear)
        .sorted(Comparator.comparingInt(FiscalYear::buddhistYear))
        .toList();
  }

  @Override
  public synchronized List<Organization> organizations() {
    return List.copyOf(organizations.values());
  }

  private static StoredPlan withVersion(StoredPlan stored, PlanVersion version) {
    return new StoredPlan(version, stored.plan());
  }

  private static PlanVersion locked(PlanVersion v) {
    return new PlanVersion(
        v.organization(),
        v.fiscalYear(),
        v.number(),
        v.status(),
        true,
        v.savedAt(),
        v.approvedAt());
  }

  private Instant now() {
    // The database stores keep microseconds; the fake stamps as they do.
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
