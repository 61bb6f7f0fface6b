package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.Actor;
import th.km.core.audit.AuditEntry;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.core.reading.AssetRef;
import th.km.core.reading.KnowledgeLinks;
import th.km.core.reading.MandatoryReading;
import th.km.core.reading.PortalSettings;
import th.km.core.reading.ReadingAcknowledgement;
import th.km.core.reading.ReadingDuties;
import th.km.core.records.ActivityRef;
import th.km.persistence.demo.DemoYear;

/**
 * Mandatory reading, acknowledgements, the links of assets to reports and activities and the
 * portal's setting, as stored: each change audited, a second acknowledgement or draft link changes
 * nothing.
 */
class ReadingDutiesTest {

  private static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);
  private static final AssetRef MANUAL = new AssetRef(YEAR, "ka-1");
  private static final Actor SECRETARY = Actor.of("secretary", "192.0.2.1");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  @Test
  void mandatoryReadingIsReplacedReleasedAndAcknowledgedOnce() {
    try (Database database = Database.open(DatabaseLocation.embedded(folder))) {
      database.planStore(CLOCK).saveDraft(DemoYear.shippedPlan());
      ReadingDuties duties = database.readingDuties(CLOCK);
      assertEquals(Optional.empty(), duties.requirement(BAN_WAEN, MANUAL));
      MandatoryReading finance = MandatoryReading.forDivisions(MANUAL, Set.of(DivisionCode.of("finance")));
      duties.require(BAN_WAEN, finance, SECRETARY);
      assertEquals(Optional.of(finance), duties.requirement(BAN_WAEN, MANUAL));
      MandatoryReading all = MandatoryReading.forAllStaff(MANUAL);
      duties.require(BAN_WAEN, all, SECRETARY);
      assertEquals(List.of(all), duties.requirements(BAN_WAEN));

      Instant at = Instant.parse("2026-03-02T04:00:00Z");
      assertTrue(duties.acknowledge(BAN_WAEN, MANUAL, "somchai", at, Actor.of("somchai", "192.0.2.9")));
      assertFalse(duties.acknowledge(BAN_WAEN, MANUAL, "somchai", at.plusSeconds(60), Actor.of("somchai")));
      List<ReadingAcknowledgement> expected = List.of(new ReadingAcknowledgement(MANUAL, "somchai", at));
      assertEquals(expected, duties.acknowledgements(BAN_WAEN, MANUAL));
      assertEquals(expected, duties.acknowledgementsBy(BAN_WAEN, "somchai"));

      duties.release(BAN_WAEN, MANUAL, SECRETARY);
      assertEquals(List.of(), duties.requirements(BAN_WAEN));
      assertEquals(expected, duties.acknowledgements(BAN_WAEN, MANUAL), "acknowledgements stay");

      List<String> actions =
          database.auditLog().entries(BAN_WAEN).stream().map(AuditEntry::action).toList();
      assertEquals(
          List.of(
              "mandatory_reading.require",
              "mandatory_reading.require",
              "reading_acknowledgement.add",
              "mandatory_reading.release"),
          actions.stream().filter(a -> a.contains("reading")).toList());
    }
  }

  @Test
  void aReportHasOneDraftAndAnAssetOneActivityAndThePortalHidesAuthorsByDefault() {
    try (Database database = Database.open(DatabaseLocation.embedded(folder))) {
      database.planStore(CLOCK).saveDraft(DemoYear.shippedPlan());
      KnowledgeLinks links = database.knowledgeLinks(CLOCK);
      assertEquals(Optional.empty(), links.draftOf(BAN_WAEN, YEAR, "trr-1"));
      assertTrue(links.linkDraft(BAN_WAEN, YEAR, "trr-1", MANUAL));
      assertFalse(links.linkDraft(BAN_WAEN, YEAR, "trr-1", new AssetRef(YEAR, "ka-9")));
      assertEquals(Optional.of(MANUAL), links.draftOf(BAN_WAEN, YEAR, "trr-1"));
      assertEquals(Optional.of("trr-1"), links.reportOf(BAN_WAEN, MANUAL));
      assertEquals(Optional.empty(), links.reportOf(BAN_WAEN, new AssetRef(YEAR, "ka-9")));

      AssetRef aar = new AssetRef(YEAR, "ka-2");
      links.linkActivity(BAN_WAEN, aar, new ActivityRef(1, 3), SECRETARY);
      links.linkActivity(BAN_WAEN, aar, new ActivityRef(1, 4), SECRETARY);
      assertEquals(Optional.of(new ActivityRef(1, 4)), links.activityOf(BAN_WAEN, aar));
      assertEquals(List.of(aar), links.assetsOf(BAN_WAEN, YEAR, new ActivityRef(1, 4)));
      assertEquals(List.of(), links.assetsOf(BAN_WAEN, YEAR, new ActivityRef(1, 3)));

      PortalSettings portal = database.portalSettings(CLOCK);
      assertFalse(portal.showsAuthors(BAN_WAEN));
      portal.showAuthors(BAN_WAEN, true, SECRETARY);
      assertTrue(portal.showsAuthors(BAN_WAEN));
      assertFalse(portal.showsAuthors(OrganizationCode.of("elsewhere")));
    }
  }
}
