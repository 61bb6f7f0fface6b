package th.km.persistence.transfer;

import java.util.Optional;
import th.km.core.store.PlanVersion;

/** What became of importing a plan file into a plan store. */
public sealed interface PlanImport {

  /** The plan was saved as a new draft version. */
  record Saved(PlanVersion version) implements PlanImport {}

  /** The latest stored version already equals the plan; nothing was saved. */
  record Unchanged(PlanVersion version) implements PlanImport {}

  /**
   * Nothing was saved: another save made {@code latest} the latest version while this import was
   * comparing the plan with the version before it.
   */
  record Stale(Optional<PlanVersion> latest) implements PlanImport {}
}
