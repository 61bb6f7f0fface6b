package th.km.persistence.db;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.core.store.PlanVersion;
import th.km.persistence.audit.AuditEntries;

/**
 * The audit log as the stores of this package write it, through {@link AuditEntries}, from inside
 * their transactions; and how the log names and describes a plan's version. States are JSON objects
 * with the entity's fields.
 */
final class AuditTrail {

  private AuditTrail() {}

  /** A new, empty JSON object to describe a state in. */
  static ObjectNode state() {
    return AuditEntries.state();
  }

  /** Adds one entry ({@link AuditEntries#add}); {@code before} is null for a creation, {@code after} for a removal. */
  static void record(
      DSLContext tx,
      long organizationId,
      Instant at,
      Actor actor,
      String action,
      String entity,
      String entityId,
      @Nullable ObjectNode before,
      @Nullable ObjectNode after) {
    AuditEntries.add(tx, organizationId, at, actor, action, entity, entityId, before, after);
  }

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
    ObjectNode state = state();
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
