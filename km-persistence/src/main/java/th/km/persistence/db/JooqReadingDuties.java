package th.km.persistence.db;

import th.km.persistence.audit.AuditEntries;
import static th.km.persistence.jooq.Tables.MANDATORY_READING;
import static th.km.persistence.jooq.Tables.MANDATORY_READING_DIVISION;
import static th.km.persistence.jooq.Tables.READING_ACKNOWLEDGEMENT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.core.reading.AssetRef;
import th.km.core.reading.MandatoryReading;
import th.km.core.reading.ReadingAcknowledgement;
import th.km.core.reading.ReadingDuties;
import th.km.persistence.PersistenceException;

/**
 * Mandatory reading and acknowledgements on the database (migration V48): every change one
 * transaction with its audit entry ({@code mandatory_reading.require}, {@code .release}, {@code
 * reading_acknowledgement.add}). An acknowledgement's key is the asset and the account, so a second
 * acknowledgement, even at the same moment, changes nothing.
 */
final class JooqReadingDuties implements ReadingDuties {

  private final OrganizationTransactions transactions;
  private final Clock clock;

  JooqReadingDuties(DSLContext dsl, Clock clock) {
    this.transactions =
        new OrganizationTransactions(
            dsl, "บันทึกการอ่านบังคับไม่สำเร็จ / the mandatory reading could not be written");
    this.clock = clock;
  }

  @Override
  public void require(OrganizationCode organization, MandatoryReading reading, Actor by) {
    transactions.run(
        tx -> {
          long org = OrganizationTransactions.lockedOrganization(tx, organization);
          Optional<MandatoryReading> before = find(tx, org, reading.asset());
          delete(tx, org, reading.asset());
          long id =
              tx.insertInto(MANDATORY_READING)
                  .set(MANDATORY_READING.ORGANIZATION_ID, org)
                  .set(MANDATORY_READING.ASSET_YEAR, reading.asset().year().buddhistYear())
                  .set(MANDATORY_READING.ASSET_ID, reading.asset().assetId())
                  .set(MANDATORY_READING.ALL_STAFF, reading.allStaff())
                  .returningResult(MANDATORY_READING.ID)
                  .fetchSingle()
                  .value1();
          for (String d : reading.divisions().stream().map(DivisionCode::value).sorted().toList()) {
            tx.insertInto(MANDATORY_READING_DIVISION)
                .set(MANDATORY_READING_DIVISION.MANDATORY_READING_ID, id)
                .set(MANDATORY_READING_DIVISION.ORGANIZATION_ID, org)
                .set(MANDATORY_READING_DIVISION.DIVISION_CODE, d)
                .execute();
          }
          audit(
              tx,
              org,
              by,
              "mandatory_reading.require",
              reading.asset(),
              before.map(JooqReadingDuties::state).orElse(null),
              state(reading));
        });
  }

  @Override
  public void release(OrganizationCode organization, AssetRef asset, Actor by) {
    transactions.run(
        tx -> {
          long org = OrganizationTransactions.lockedOrganization(tx, organization);
          Optional<MandatoryReading> before = find(tx, org, asset);
          if (before.isPresent()) {
            delete(tx, org, asset);
            audit(tx, org, by, "mandatory_reading.release", asset, state(before.get()), null);
          }
        });
  }

  @Override
  public Optional<MandatoryReading> requirement(OrganizationCode organization, AssetRef asset) {
    return transactions.result(
        tx -> OrganizationTransactions.organizationId(tx, organization).flatMap(org -> find(tx, org, asset)));
  }

  @Override
  public List<MandatoryReading> requirements(OrganizationCode organization) {
    return transactions.result(
        tx ->
            OrganizationTransactions.organizationId(tx, organization)
                .map(
                    org ->
                        tx.selectFrom(MANDATORY_READING)
                            .where(MANDATORY_READING.ORGANIZATION_ID.eq(org))
                            .orderBy(MANDATORY_READING.ID)
                            .fetch()
                            .map(row -> reading(tx, row.getId(), asset(row.getAssetYear(), row.getAssetId()), row.getAllStaff())))
                .orElse(List.of()));
  }

  @Override
  public boolean acknowledge(
      OrganizationCode organization, AssetRef asset, String username, Instant at, Actor by) {
    try {
      return transactions.result(
          tx -> {
            long org = OrganizationTransactions.organizationId(tx, organization).orElseThrow(() -> OrganizationTransactions.unknown(organization));
            boolean already =
                tx.fetchExists(
                    READING_ACKNOWLEDGEMENT,
                    READING_ACKNOWLEDGEMENT.ORGANIZATION_ID.eq(org),
                    READING_ACKNOWLEDGEMENT.ASSET_YEAR.eq(asset.year().buddhistYear()),
                    READING_ACKNOWLEDGEMENT.ASSET_ID.eq(asset.assetId()),
                    READING_ACKNOWLEDGEMENT.USERNAME.eq(username));
            if (already) {
              return false;
            }
            Instant when = at.truncatedTo(ChronoUnit.MICROS);
            tx.insertInto(READING_ACKNOWLEDGEMENT)
                .set(READING_ACKNOWLEDGEMENT.ORGANIZATION_ID, org)
                .set(READING_ACKNOWLEDGEMENT.ASSET_YEAR, asset.year().buddhistYear())
                .set(READING_ACKNOWLEDGEMENT.ASSET_ID, asset.assetId())
                .set(READING_ACKNOWLEDGEMENT.USERNAME, username)
                .set(READING_ACKNOWLEDGEMENT.ACKNOWLEDGED_AT, PlanVersionRows.timestamp(when))
                .execute();
            ObjectNode after = AuditEntries.state();
            after.put("asset", asset.toString());
            after.put("username", username);
            after.put("acknowledgedAt", when.toString());
            audit(tx, org, by, "reading_acknowledgement.add", asset, null, after);
            return true;
          });
    } catch (PersistenceException e) {
      if (JooqReadingLog.duplicate(e.getCause())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public List<ReadingAcknowledgement> acknowledgements(OrganizationCode organization, AssetRef asset) {
    return acknowledgementsWhere(
        organization,
        READING_ACKNOWLEDGEMENT.ASSET_YEAR.eq(asset.year().buddhistYear())
            .and(READING_ACKNOWLEDGEMENT.ASSET_ID.eq(asset.assetId())));
  }

  @Override
  public List<ReadingAcknowledgement> acknowledgementsBy(OrganizationCode organization, String username) {
    return acknowledgementsWhere(organization, READING_ACKNOWLEDGEMENT.USERNAME.eq(username));
  }

  private List<ReadingAcknowledgement> acknowledgementsWhere(
      OrganizationCode organization, org.jooq.Condition condition) {
    return transactions.result(
        tx ->
            OrganizationTransactions.organizationId(tx, organization)
                .map(
                    org ->
                        tx.selectFrom(READING_ACKNOWLEDGEMENT)
                            .where(READING_ACKNOWLEDGEMENT.ORGANIZATION_ID.eq(org))
                            .and(condition)
                            .orderBy(READING_ACKNOWLEDGEMENT.ACKNOWLEDGED_AT, READING_ACKNOWLEDGEMENT.USERNAME)
                            .fetch()
                            .map(
                                r ->
                                    new ReadingAcknowledgement(
                                        asset(r.getAssetYear(), r.getAssetId()),
                                        r.getUsername(),
                                        r.getAcknowledgedAt().toInstant())))
                .orElse(List.of()));
  }

  private static Optional<MandatoryReading> find(DSLContext tx, long org, AssetRef asset) {
    return tx.selectFrom(MANDATORY_READING)
        .where(MANDATORY_READING.ORGANIZATION_ID.eq(org))
        .and(MANDATORY_READING.ASSET_YEAR.eq(asset.year().buddhistYear()))
        .and(MANDATORY_READING.ASSET_ID.eq(asset.assetId()))
        .fetchOptional()
        .map(row -> reading(tx, row.getId(), asset, row.getAllStaff()));
  }

  private static MandatoryReading reading(DSLContext tx, long id, AssetRef asset, boolean allStaff) {
    Set<DivisionCode> divisions =
        Set.copyOf(
            tx.select(MANDATORY_READING_DIVISION.DIVISION_CODE)
                .from(MANDATORY_READING_DIVISION)
                .where(MANDATORY_READING_DIVISION.MANDATORY_READING_ID.eq(id))
                .fetch(r -> DivisionCode.of(r.value1())));
    return new MandatoryReading(asset, allStaff, divisions);
  }

  private static void delete(DSLContext tx, long org, AssetRef asset) {
    List<Long> ids =
        tx.select(MANDATORY_READING.ID)
            .from(MANDATORY_READING)
            .where(MANDATORY_READING.ORGANIZATION_ID.eq(org))
            .and(MANDATORY_READING.ASSET_YEAR.eq(asset.year().buddhistYear()))
            .and(MANDATORY_READING.ASSET_ID.eq(asset.assetId()))
            .fetch(MANDATORY_READING.ID);
    if (!ids.isEmpty()) {
      tx.deleteFrom(MANDATORY_READING_DIVISION).where(MANDATORY_READING_DIVISION.MANDATORY_READING_ID.in(ids)).execute();
      tx.deleteFrom(MANDATORY_READING).where(MANDATORY_READING.ID.in(ids)).execute();
    }
  }

  private static AssetRef asset(int year, String id) {
    return new AssetRef(FiscalYear.ofBuddhistYear(year), id);
  }

  private static ObjectNode state(MandatoryReading reading) {
    ObjectNode state = AuditEntries.state();
    state.put("asset", reading.asset().toString());
    state.put("allStaff", reading.allStaff());
    var divisions = state.putArray("divisions");
    reading.divisions().stream().map(DivisionCode::value).sorted().forEach(divisions::add);
    return state;
  }

  private void audit(
      DSLContext tx, long org, Actor by, String action, AssetRef asset, @Nullable ObjectNode before, @Nullable ObjectNode after) {
    String entity = action.substring(0, action.indexOf('.'));
    AuditEntries.add(
        tx, org, clock.instant().truncatedTo(ChronoUnit.MICROS), by, action, entity, asset.toString(), before, after);
  }
}
