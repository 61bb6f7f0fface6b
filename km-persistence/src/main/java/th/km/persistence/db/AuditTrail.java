package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.core.store.PlanVersion;

/**
 * Writes the audit log from inside a store's transaction, so that a change and its entry are
 * committed together or not at all. States are JSON objects with the entity's fields.
 */
final class AuditTrail {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditTrail() {}

  /** A new, empty JSON object to describe a state in. */
  static ObjectNode state() {
    return JSON.createObjectNode();
  }

  /** Adds one entry; {@code before} is null for a creation, {@code after} for a removal. */
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
    tx.insertInto(AUDIT_LOG)
        .set(AUDIT_LOG.ORGANIZATION_ID, organizationId)
        .set(AUDIT_LOG.AT, PlanVersionRows.timestamp(at))
        .set(AUDIT_LOG.ACTOR, actor.name())
        .set(AUDIT_LOG.CLIENT_ADDRESS, actor.address().orElse(null))
        .set(AUDIT_LOG.ACTION, action)
        .set(AUDIT_LOG.ENTITY, entity)
        .set(AUDIT_LOG.ENTITY_ID, entityId)
        .set(AUDIT_LOG.BEFORE, text(before))
        .set(AUDIT_LOG.AFTER, text(after))
        .execute();
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

  private static @Nullable String text(@Nullable ObjectNode state) {
    if (state == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON values always serializes", e);
    }
  }
}
