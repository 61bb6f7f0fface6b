package th.km.persistence.testing;

import java.nio.file.Path;
import java.time.Clock;
import th.km.core.audit.Actor;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.store.PlanStore;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;

/**
 * The main class of a child JVM that keeps saving new versions of Ban Waen's plan into the H2
 * database of a data folder until it is killed, printing {@code ready} once the database is open
 * and {@code saved <n>} after each save. It stands for the web server writing while km backs up.
 */
public final class PlanWriterProcess {

  private PlanWriterProcess() {}

  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    try (Database database = Database.open(DatabaseLocation.embedded(folder))) {
      PlanStore store = database.planStore(Clock.systemUTC(), Actor.of("writer"));
      System.out.println("ready");
      System.out.flush();
      KmPlan plan = SamplePlans.banWaen();
      for (int n = 1; ; n++) {
        // Each version renames the organization, so each save also updates its row.
        KmPlan version =
            KmPlan.builder()
                .from(plan)
                .organization(
                    Organization.builder().from(plan.organization()).name("บ้านแหวน " + n).build())
                .build();
        store.saveDraft(version);
        System.out.println("saved " + n);
        System.out.flush();
      }
    }
  }
}
