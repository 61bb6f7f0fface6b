package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeWorkflow.Transition;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.AssetKind;
import th.km.core.records.PublicationChannel;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;

/** {@code km search} on an H2 file of the test's own, with its index built beside it. */
class SearchCommandTest {
  private static final OrganizationCode ORG = OrganizationCode.of("ban-waen");
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);

  private record Run(int exitCode, String out, String err) {}

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @TempDir Path tmp;
  private String db;

  @BeforeEach
  void storeTwoManuals() {
    db = "jdbc:h2:file:" + tmp.resolve("db").resolve("km");
    Clock clock = Clock.systemUTC();
    try (Database database = Database.open(DatabaseLocation.of(db, Optional.empty(), Optional.empty()))) {
      database.planStore(clock).saveDraft(DemoYear.shippedPlan());
      KnowledgeStore store = database.knowledgeStore(clock);
      Actor by = Actor.of("secretary");
      String published = created(store.create(ORG, YEAR, manual("คู่มือการจัดเก็บภาษีป้าย", "การรับชำระภาษีป้ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙ <b>ด่วน</b>"), by));
      for (Transition t : new Transition[] {Transition.REVIEW, Transition.APPROVE, Transition.PUBLISH}) {
        created(store.move(ORG, YEAR, published, 1, t, Set.of(PublicationChannel.WEBSITE), by));
      }
      created(store.create(ORG, YEAR, manual("ร่างคู่มือภาษีที่ดิน", "ภาษีที่ดินและสิ่งปลูกสร้าง"), by));
    }
  }

  private static KnowledgeDraft manual(String title, String body) {
    return KnowledgeDraft.builder().title(title).body(body).kind(AssetKind.WORK_MANUAL).division(DivisionCode.of("finance")).build();
  }

  private static String created(KnowledgeWrite w) {
    return assertInstanceOf(KnowledgeWrite.Saved.class, w, w.toString()).content().assetId();
  }

  @Test
  void findsWhatAReaderMayReadByAWordInsideASentenceInEitherDigitScript() throws Exception {
    Run run = km("search", "--org", "ban-waen", "ภาษี", "--db", db);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("คู่มือการจัดเก็บภาษีป้าย"), run.out());
    assertTrue(run.out().contains("«ภาษี»ป้าย"), run.out());
    assertFalse(run.out().contains("ภาษีที่ดิน"), "a draft is not for readers: " + run.out());
    assertTrue(Files.isDirectory(tmp.resolve("db").resolve("km.search")), "the index is kept beside the database");

    Run json = km("search", "--org", "ban-waen", "2569", "--db", db, "--format", "json", "--kind", "WORK_MANUAL", "--year", "2569");
    assertEquals(0, json.exitCode(), json.err());
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertEquals(1, root.get("total").asInt());
    JsonNode hit = root.get("hits").get(0);
    assertEquals("finance", hit.get("division").asText());
    assertTrue(hit.get("snippet").asText().contains("<mark>๒๕๖๙</mark>"), hit.toString());
    assertTrue(hit.get("snippet").asText().contains("&lt;b&gt;"), hit.toString());
    assertTrue(hit.get("link").asText().startsWith("/organizations/ban-waen/knowledge/"), hit.toString());

    Run none = km("search", "--org", "ban-waen", "ภาษี", "--db", db, "--kind", "STORY");
    assertEquals(0, none.exitCode());
    assertTrue(none.err().contains("nothing found"), none.err());
  }

  @Test
  void refusesAnEmptyOrLongQueryAnUnknownOrganizationAndABadStep() {
    Run empty = km("search", "--org", "ban-waen", " ", "--db", db);
    assertEquals(2, empty.exitCode());
    assertTrue(empty.err().contains("คำค้น") && empty.err().contains("empty"), empty.err());
    assertEquals(2, km("search", "--org", "ban-waen", "ก".repeat(201), "--db", db).exitCode());
    Run unknown = km("search", "--org", "nowhere", "ภาษี", "--db", db);
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("nowhere"), unknown.err());
    assertEquals(2, km("search", "--org", "ban-waen", "ภาษี", "--step", "9", "--db", db).exitCode());
  }
}
