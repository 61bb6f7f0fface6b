package th.km.persistence.memory;

import java.time.Clock;
import th.km.persistence.testing.RecordStoreContract;

/** The record store contract on the in-memory fake. */
class InMemoryRecordStoreTest extends RecordStoreContract {

  @Override
  protected Stores emptyStores(Clock clock) {
    InMemoryPlanStore plans = new InMemoryPlanStore(clock);
    return new Stores(plans, new InMemoryRecordStore(plans));
  }
}
