package th.km.persistence.audit;

import static th.km.persistence.jooq.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.persistence.jooq.tables.records.AuditLogRecord;

/**
 * Adds one entry to the audit log ({@code audit_log}) inside the caller's transaction: who did
 * what to which entity, when and from where, with the entity's state before and after as JSON
 * objects. The one place every store's audit entries are written, so they all read alike.
 */
public final class AuditEntries {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditEntries() {}

  /** A new, empty JSON object to describe a state in. */
  public static ObjectNode state() {
    return JSON.createObjectNode();
  }

  /** Adds one entry; {@code before} is null for a creation, {@code after} for a removal. */
  public static void add(
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
        .set(entry(organizationId, at, actor, action, entity, entityId, before, after))
        .execute();
  }

  /**
   * The row {@link #add} inserts, every column but the id set, for a caller that inserts it
   * through a statement of its own (the bulk import's, prepared once per run).
   */
  public static AuditLogRecord entry(
      long organizationId,
      Instant at,
      Actor actor,
      String action,
      String entity,
      String entityId,
      @Nullable ObjectNode before,
      @Nullable ObjectNode after) {
    return new AuditLogRecord()
        .setOrganizationId(organizationId)
        .setAt(OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .setActor(actor.name())
        .setClientAddress(actor.address().orElse(null))
        .setAction(action)
        .setEntity(entity)
        .setEntityId(entityId)
        .setBefore(text(before))
        .setAfter(text(after));
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
