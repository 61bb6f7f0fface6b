package th.km.persistence.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.FiscalYear;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecords;
import th.km.core.store.RecordImport;
import th.km.core.store.RecordStore;
import th.km.core.store.StoredYears;
import th.km.core.testing.RecordGenerator;
import th.km.persistence.testing.SamplePlans;

/**
 * A batch over many organizations reads one organization's year at a time: the stream reads the
 * next organization's records only when it is consumed, so memory holds one year however many
 * organizations there are.
 */
class StoredYearsTest {

  @Test
  void eachOrganizationsRecordsAreReadOnlyWhenTheStreamReachesIt() {
    InMemoryPlanStore plans = new InMemoryPlanStore(Clock.systemUTC());
    InMemoryRecordStore stored = new InMemoryRecordStore(plans);
    List<OrganizationCode> codes = new ArrayList<>();
    Random random = new Random(41);
    for (String code : List.of("a-org", "b-org", "c-org")) {
      KmPlan plan = SamplePlans.other(code, "องค์กร " + code);
      plans.saveDraft(plan);
      stored.importRecords(RecordGenerator.year(random, plan, 5));
      codes.add(plan.organization().code());
    }
    codes.add(1, OrganizationCode.of("no-plan"));
    List<String> reads = new ArrayList<>();
    RecordStore recording = new Recording(stored, reads);

    Iterator<OrganizationYear> years =
        StoredYears.latest(plans, recording, codes, SamplePlans.FY2569).iterator();

    assertEquals(List.of(), reads, "nothing is read before the stream is consumed");
    assertEquals("a-org", years.next().plan().organization().code().value());
    assertEquals(List.of("a-org"), reads);
    assertEquals("b-org", years.next().plan().organization().code().value());
    assertEquals(List.of("a-org", "b-org"), reads, "an organization without a plan is skipped");
    OrganizationYear last = years.next();
    assertEquals(stored.records(last.plan().organization().code(), SamplePlans.FY2569), last.records());
    assertFalse(years.hasNext());
  }

  /** A record store that notes whose records are read. */
  private record Recording(RecordStore store, List<String> reads) implements RecordStore {

    @Override
    public YearRecords records(OrganizationCode organization, FiscalYear fiscalYear) {
      reads.add(organization.value());
      return store.records(organization, fiscalYear);
    }

    @Override
    public RecordImport importRecords(YearRecords records) {
      return store.importRecords(records);
    }

    @Override
    public List<OrganizationCode> organizationsWithRecords(FiscalYear fiscalYear) {
      return store.organizationsWithRecords(fiscalYear);
    }

    @Override
    public Map<RecordKind, Integer> counts(OrganizationCode organization, FiscalYear fiscalYear) {
      return store.counts(organization, fiscalYear);
    }
  }
}
