package th.km.persistence.knowledge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.core.knowledge.AttachmentInfo;
import th.km.core.knowledge.KnowledgeContent;
import th.km.persistence.audit.AuditEntries;

/**
 * Writes the audit entries of the knowledge base from inside the write's transaction: the entity is
 * {@code knowledge_asset}, its id the year and the asset ({@code 2569/asset-3}), and the states say
 * which version, in which state, with which title, or which file; {@link AuditEntries} writes them.
 */
final class KnowledgeAudit {

  static final String ENTITY = "knowledge_asset";

  private KnowledgeAudit() {}

  static void content(
      DSLContext tx,
      long organization,
      Instant at,
      Actor by,
      String action,
      @Nullable KnowledgeContent before,
      KnowledgeContent after) {
    write(tx, organization, at, by, action, id(after), before == null ? null : state(before), state(after));
  }

  static void attachment(
      DSLContext tx,
      long organization,
      Instant at,
      Actor by,
      String action,
      String entityId,
      AttachmentInfo file,
      boolean removed) {
    ObjectNode state = AuditEntries.state();
    state.put("attachment", file.id());
    state.put("fileName", file.fileName());
    state.put("type", file.type().name());
    state.put("size", file.size());
    state.put("sha256", file.sha256());
    write(tx, organization, at, by, action, entityId, removed ? state : null, removed ? null : state);
  }

  static String id(KnowledgeContent c) {
    return c.fiscalYear().buddhistYear() + "/" + c.assetId();
  }

  private static ObjectNode state(KnowledgeContent c) {
    ObjectNode state = AuditEntries.state();
    state.put("version", c.version());
    state.put("state", c.state().name());
    state.put("title", c.title());
    state.put("kind", c.kind().name());
    c.division().ifPresent(d -> state.put("division", d.value()));
    c.step().ifPresent(s -> state.put("step", s.name()));
    state.put("bodyLength", c.body().length());
    state.put("changeNote", c.changeNote());
    return state;
  }

  private static void write(
      DSLContext tx,
      long organization,
      Instant at,
      Actor by,
      String action,
      String entityId,
      @Nullable ObjectNode before,
      @Nullable ObjectNode after) {
    AuditEntries.add(tx, organization, at, by, action, ENTITY, entityId, before, after);
  }
}
