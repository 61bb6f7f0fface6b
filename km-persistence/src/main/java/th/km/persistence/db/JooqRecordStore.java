package th.km.persistence.db;

import th.km.persistence.audit.AuditEntries;
import static th.km.persistence.jooq.Tables.ORGANIZATION;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecords;
import th.km.core.store.RecordImport;
import th.km.core.store.RecordMerge;
import th.km.core.store.RecordStore;
import th.km.persistence.PersistenceException;

/**
 * The record store on the database: every method one transaction. An import first locks the
 * organization's row, so that imports of one organization happen one after another (and after the
 * plan saves that lock it too), then decides with {@link RecordMerge} what to add, and adds it,
 * with one audit entry that names the actor and the records added.
 */
final class JooqRecordStore implements RecordStore {

  private final DSLContext dsl;
  private final Clock clock;
  private final Actor actor;

  JooqRecordStore(DSLContext dsl, Clock clock, Actor actor) {
    this.dsl = dsl;
    this.clock = clock;
    this.actor = actor;
  }

  @Override
  public YearRecords records(OrganizationCode organization, FiscalYear fiscalYear) {
    return inTransaction(
        tx ->
            organizationId(tx, organization, false)
                .map(id -> RecordReads.read(tx, id, organization, fiscalYear))
                .orElseGet(() -> empty(organization, fiscalYear)));
  }

  @Override
  public RecordImport importRecords(YearRecords records) {
    OrganizationCode code = records.organization();
    return inTransaction(
        tx -> {
          Optional<Long> organization = organizationId(tx, code, true);
          if (organization.isEmpty()) {
            return new RecordImport.UnknownOrganization(code);
          }
          long id = organization.get();
          // Deleted records count as stored: importing the folder again neither brings them back
          // nor takes their ids.
          YearRecords stored =
              RecordReads.read(tx, id, code, records.fiscalYear(), RecordReads.Which.ALL);
          return switch (RecordMerge.of(stored, records)) {
            case RecordMerge.Conflicts c ->
                new RecordImport.Refused(code, records.fiscalYear(), c.conflicts());
            case RecordMerge.Additions a -> {
              RecordInserts.insert(tx, id, a.additions());
              if (a.additions().size() > 0) {
                audit(tx, id, a);
              }
              yield a.imported();
            }
          };
        });
  }

  @Override
  public List<OrganizationCode> organizationsWithRecords(FiscalYear fiscalYear) {
    return inTransaction(tx -> RecordCounts.organizationsWithRecords(tx, fiscalYear));
  }

  @Override
  public Map<RecordKind, Integer> counts(OrganizationCode organization, FiscalYear fiscalYear) {
    return inTransaction(
        tx ->
            organizationId(tx, organization, false)
                .map(id -> RecordCounts.counts(tx, id, fiscalYear))
                .orElseGet(() -> RecordCounts.noCounts()));
  }

  /**
   * The audit entry of an import that added records: entity {@code records}, id the fiscal year,
   * and after it how many records of each kind were added, and their ids.
   */
  private void audit(DSLContext tx, long organizationId, RecordMerge.Additions a) {
    ObjectNode after = AuditEntries.state();
    ObjectNode added = after.putObject("added");
    a.imported().added().forEach((kind, n) -> added.put(kind.name(), n));
    ArrayNode ids = after.putArray("ids");
    a.additions().all().forEach(r -> ids.add(r.id()));
    AuditEntries.add(
        tx,
        organizationId,
        clock.instant().truncatedTo(ChronoUnit.MICROS),
        actor,
        "records.import",
        "records",
        String.valueOf(a.additions().fiscalYear().buddhistYear()),
        null,
        after);
  }

  private static YearRecords empty(OrganizationCode organization, FiscalYear fiscalYear) {
    return YearRecords.builder().organization(organization).fiscalYear(fiscalYear).build();
  }

  /** The organization's row id; {@code lock} holds its row until the transaction ends. */
  private static Optional<Long> organizationId(DSLContext tx, OrganizationCode code, boolean lock) {
    var select =
        tx.select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.CODE.eq(code.value()));
    return lock
        ? select.forUpdate().fetchOptional(ORGANIZATION.ID)
        : select.fetchOptional(ORGANIZATION.ID);
  }

  private <T> T inTransaction(Function<DSLContext, T> work) {
    try {
      return dsl.transactionResult(configuration -> work.apply(DSL.using(configuration)));
    } catch (DataAccessException e) {
      throw new PersistenceException(
          "อ่านหรือเขียนบันทึกผลการดำเนินงานในฐานข้อมูลไม่สำเร็จ / the records of the year could not"
              + " be read from or written to the database: "
              + e.getMessage(),
          e);
    }
  }
}
