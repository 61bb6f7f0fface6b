package th.km.persistence.db;

import com.fasterxml.jackson.databind.node.ObjectNode;
import th.km.core.store.PlanVersion;
import th.km.persistence.audit.AuditEntries;

/**
 * How the audit log names and describes a plan's version; the stores of this package write their
 * entries with {@link AuditEntries} from inside their transactions.
 */
final class AuditTrail {

  private AuditTrail() {}

  /** How the log names a version of a plan: {@code ban-waen/2569/3}. */
  static String planId(PlanVersion version) {
    return version.organization().value()
        + "/"
        + version.fiscalYear().buddhistYear()
        + "/"
        + version.number();
  }

  /** A version's facts as the log keeps them; its content stays in the version itself. */
  static ObjectNode planState(PlanVersion version, String title) {
    ObjectNode state = AuditEntries.state();
    state.put("organization", version.organization().value());
    state.put("fiscalYear", version.fiscalYear().buddhistYear());
    state.put("version", version.number());
    state.put("title", title);
    state.put("status", version.status().name());
    state.put("locked", version.locked());
    state.put("savedAt", version.savedAt().toString());
    version
        .approvedAt()
        .ifPresentOrElse(
            a -> state.put("approvedAt", a.toString()), () -> state.putNull("approvedAt"));
    return state;
  }
}
