package th.km.persistence.memory;

import java.time.Clock;
import th.km.core.store.PlanStore;
import th.km.persistence.testing.PlanStoreContract;

/** The plan store contract on the in-memory fake. */
class InMemoryPlanStoreTest extends PlanStoreContract {

  @Override
  protected PlanStore emptyStore(Clock clock) {
    return new InMemoryPlanStore(clock);
  }
}
