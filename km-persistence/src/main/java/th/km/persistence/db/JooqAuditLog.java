package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.AUDIT_LOG;
import static th.km.persistence.jooq.Tables.ORGANIZATION;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import th.km.core.audit.Actor;
import th.km.core.audit.AuditEntry;
import th.km.core.audit.AuditLog;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.PersistenceException;

/** The audit log in the database, read by organization. */
final class JooqAuditLog implements AuditLog {

  private final DSLContext dsl;

  JooqAuditLog(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<AuditEntry> entries(OrganizationCode organization) {
    return read(organization, DSL.noCondition());
  }

  @Override
  public List<AuditEntry> entries(OrganizationCode organization, String entity, String entityId) {
    return read(organization, AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq(entityId)));
  }

  private List<AuditEntry> read(OrganizationCode organization, Condition which) {
    try {
      return dsl.select(AUDIT_LOG.fields())
          .from(AUDIT_LOG)
          .join(ORGANIZATION)
          .on(ORGANIZATION.ID.eq(AUDIT_LOG.ORGANIZATION_ID))
          .where(ORGANIZATION.CODE.eq(organization.value()))
          .and(which)
          .orderBy(AUDIT_LOG.ID)
          .fetch(r -> entry(r, organization));
    } catch (DataAccessException e) {
      throw new PersistenceException(
          "อ่านบันทึกการแก้ไขไม่ได้ / the audit log could not be read: " + e.getMessage(), e);
    }
  }

  private static AuditEntry entry(Record r, OrganizationCode organization) {
    return new AuditEntry(
        organization,
        r.get(AUDIT_LOG.AT).toInstant(),
        new Actor(r.get(AUDIT_LOG.ACTOR), Optional.ofNullable(r.get(AUDIT_LOG.CLIENT_ADDRESS))),
        r.get(AUDIT_LOG.ACTION),
        r.get(AUDIT_LOG.ENTITY),
        r.get(AUDIT_LOG.ENTITY_ID),
        Optional.ofNullable(r.get(AUDIT_LOG.BEFORE)),
        Optional.ofNullable(r.get(AUDIT_LOG.AFTER)));
  }
}
