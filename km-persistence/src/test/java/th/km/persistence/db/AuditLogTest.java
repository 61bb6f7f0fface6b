package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.audit.Actor;
import th.km.core.audit.AuditEntry;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.records.YearRecords;
import th.km.core.store.ApprovalResult;
import th.km.core.store.PlanStore;
import th.km.core.store.RecordStore;
import th.km.core.store.SaveResult;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.testing.EmbeddedPostgresServer;
import th.km.persistence.testing.MutableClock;
import th.km.persistence.testing.SamplePlans;

/**
 * Every plan write leaves its entries in the audit log, and a write that does nothing leaves none.
 */
class AuditLogTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private static final Instant START = Instant.parse("2026-03-06T02:30:00.123456Z");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Actor SOMCHAI = Actor.of("somchai");
  private static final Actor MALAI = Actor.of("malai");

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void savesAndApprovalsAreLoggedWithWhoWhenAndTheStateBeforeAndAfter(Engine engine)
      throws IOException {
    MutableClock clock = new MutableClock(START);
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      KmPlan plan = SamplePlans.banWaen();
      database.planStore(clock, SOMCHAI).saveDraft(plan);
      clock.advance(Duration.ofHours(1));
      KmPlan renamed =
          KmPlan.builder()
              .from(plan)
              .organization(
                  Organization.builder().from(plan.organization()).name("บ้านแหวนใหม่").build())
              .build();
      database.planStore(clock, MALAI).saveDraft(renamed);
      clock.advance(Duration.ofHours(1));
      database.planStore(clock, SOMCHAI).approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 2);

      List<AuditEntry> log = database.auditLog().entries(SamplePlans.BAN_WAEN);

      assertEquals(
          List.of(
              "somchai organization.register ban-waen",
              "somchai plan.save-draft ban-waen/2569/1",
              "malai organization.update ban-waen",
              "malai plan.supersede ban-waen/2569/1",
              "malai plan.save-draft ban-waen/2569/2",
              "somchai plan.approve ban-waen/2569/2"),
          log.stream().map(e -> e.actor() + " " + e.action() + " " + e.entityId()).toList());
      assertEquals(START, log.get(0).at());
      assertEquals(START.plus(Duration.ofHours(2)), log.get(5).at());

      AuditEntry update = log.get(2);
      assertEquals("บ้านแหวน", json(update.before()).get("name").asText());
      assertEquals("บ้านแหวนใหม่", json(update.after()).get("name").asText());

      AuditEntry created = log.get(1);
      assertEquals(Optional.empty(), created.before());
      assertEquals("DRAFT", json(created.after()).get("status").asText());
      assertEquals(plan.title(), json(created.after()).get("title").asText());

      AuditEntry approval = log.get(5);
      assertEquals("DRAFT", json(approval.before()).get("status").asText());
      assertEquals(false, json(approval.before()).get("locked").asBoolean());
      assertEquals("APPROVED", json(approval.after()).get("status").asText());
      assertEquals(
          START.plus(Duration.ofHours(2)).toString(),
          json(approval.after()).get("approvedAt").asText());

      assertEquals(
          List.of("plan.supersede"),
          database.auditLog().entries(SamplePlans.BAN_WAEN, "plan", "ban-waen/2569/1").stream()
              .skip(1)
              .map(AuditEntry::action)
              .toList());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aWriteThatChangesNothingLogsNothing(Engine engine) {
    MutableClock clock = new MutableClock(START);
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      PlanStore store = database.planStore(clock, SOMCHAI);
      store.saveDraft(SamplePlans.banWaen());
      store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 1);
      int before = database.auditLog().entries(SamplePlans.BAN_WAEN).size();

      assertInstanceOf(
          ApprovalResult.Locked.class, store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 1));
      assertInstanceOf(SaveResult.Stale.class, store.saveDraft(SamplePlans.banWaen(), 7));

      assertEquals(before, database.auditLog().entries(SamplePlans.BAN_WAEN).size());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void oneOrganizationNeverSeesAnothersLog(Engine engine) {
    MutableClock clock = new MutableClock(START);
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      PlanStore store = database.planStore(clock, SOMCHAI);
      store.saveDraft(SamplePlans.banWaen());
      KmPlan other = SamplePlans.other("nong-khwai", "หนองควาย");
      store.saveDraft(other);

      assertEquals(
          List.of("nong-khwai", "nong-khwai/2569/1"),
          database.auditLog().entries(other.organization().code()).stream()
              .map(AuditEntry::entityId)
              .toList());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void anImportThatAddsRecordsIsLoggedOnceWithWhatItAddedAndARepeatAddsNothing(Engine engine) {
    MutableClock clock = new MutableClock(START);
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      KmPlan plan = DemoYear.shippedPlan();
      database.planStore(clock, SOMCHAI).saveDraft(plan);
      YearRecords records = DemoYear.generate(plan);
      RecordStore store = database.recordStore(clock, MALAI);

      store.importRecords(records);
      store.importRecords(records);

      List<AuditEntry> imports =
          database.auditLog().entries(SamplePlans.BAN_WAEN, "records", "2569");
      assertEquals(1, imports.size());
      assertEquals(MALAI, imports.get(0).actor());
      JsonNode after = json(imports.get(0).after());
      assertEquals(records.trainings().size(), after.get("added").get("TRAINING").asInt());
      assertEquals(records.size(), after.get("ids").size());
    }
  }

  private static JsonNode json(Optional<String> state) {
    try {
      return JSON.readTree(state.orElseThrow());
    } catch (IOException e) {
      throw new AssertionError("the log holds JSON, not: " + state, e);
    }
  }
}
