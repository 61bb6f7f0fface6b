package th.km.core.store;

import java.util.Optional;

/** What became of a save that named the version it was based on. */
public sealed interface SaveResult {

  /** The plan was saved as a new draft version. */
  record Saved(PlanVersion version) implements SaveResult {}

  /**
   * Nothing was saved: the plan was edited from version {@code basedOn}, but another save has made
   * {@code latest} the latest version since (or, when empty, there is no plan to base it on).
   */
  record Stale(int basedOn, Optional<PlanVersion> latest) implements SaveResult {}
}
