package th.km.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import th.km.core.audit.Actor;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeWorkflow.Transition;
import th.km.core.plan.KmProcessStep;
import th.km.core.records.AssetKind;
import th.km.core.records.PublicationChannel;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;

/**
 * The knowledge base of the test servers: one published story of the finance division with one PDF
 * attached, so that every knowledge page and download has something to show to every role. Its
 * Thai words are all found in the test year's records, as the one-language test asks of data.
 */
final class TestKnowledge {

  /** The seeded asset's id in a database without other knowledge assets. */
  static final String ASSET = "asset-1";

  /** The seeded attachment's number in such a database. */
  static final String ATTACHMENT = "1";

  private TestKnowledge() {}

  /** A new in-memory H2 database with the test plans, for the in-memory test server. */
  static Database inMemory(Clock clock) {
    Database db =
        Database.open(
            DatabaseLocation.of(
                "jdbc:h2:mem:km-knowledge-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", Optional.empty(), Optional.empty()));
    db.planStore(clock).saveDraft(TestPlans.banWaen());
    db.planStore(clock).saveDraft(TestPlans.other());
    return db;
  }

  /** Adds the published story with its PDF; returns its id. */
  static String seed(KnowledgeStore store) {
    Actor by = Actor.of("secretary");
    KnowledgeWrite w =
        store.create(
            TestPlans.ORG,
            TestPlans.FY2569,
            KnowledgeDraft.builder()
                .title("เรื่องเล่าการให้บริการประชาชน")
                .body("## เรื่องเล่า\n\n**การให้บริการประชาชน** ของกองคลัง")
                .kind(AssetKind.STORY)
                .division(TestPlans.FINANCE)
                .step(KmProcessStep.SHARE)
                .addTags("ภาษี", "บริการ")
                .build(),
            by);
    String id = ((KnowledgeWrite.Saved) w).content().assetId();
    store.attach(TestPlans.ORG, TestPlans.FY2569, id, "เรื่องเล่า.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), by);
    for (Transition t : new Transition[] {Transition.REVIEW, Transition.APPROVE, Transition.PUBLISH}) {
      store.move(TestPlans.ORG, TestPlans.FY2569, id, 1, t, Set.of(PublicationChannel.WEBSITE), by);
    }
    return id;
  }
}
