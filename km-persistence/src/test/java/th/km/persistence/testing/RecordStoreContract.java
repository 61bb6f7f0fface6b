package th.km.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.StaffCategory;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.ActivityRef;
import th.km.core.records.EvaluationReport;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.ReportRound;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.core.store.RecordConflict;
import th.km.core.store.RecordImport;
import th.km.core.store.RecordStore;
import th.km.core.testing.PlanGenerator;
import th.km.core.testing.RecordGenerator;

/**
 * The contract every {@link RecordStore} keeps, run against each: the in-memory fake, H2 and
 * PostgreSQL. A subclass hands out a new, empty pair of stores for each test; the plan store
 * registers the organizations whose records the record store may keep.
 */
public abstract class RecordStoreContract {

  private static final int RANDOM_YEARS = 12;
  private static final LocalDate DAY = LocalDate.of(2026, 3, 6);

  /** A plan store and a record store on the same storage. */
  public record Stores(PlanStore plans, RecordStore records) {}

  private PlanStore plans;
  private RecordStore store;

  /** New stores with nothing in them. */
  protected abstract Stores emptyStores(Clock clock);

  @BeforeEach
  final void openStores() {
    Stores stores = emptyStores(new MutableClock(Instant.parse("2026-03-06T02:30:00Z")));
    plans = stores.plans();
    store = stores.records();
  }

  @Test
  public void anEmptyStoreHasNoRecords() {
    assertEquals(
        RecordGenerator.empty(SamplePlans.BAN_WAEN, SamplePlans.FY2569),
        store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
    assertEquals(List.of(), store.organizationsWithRecords(SamplePlans.FY2569));
    assertEquals(zeros(), store.counts(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
  }

  @Test
  public void recordsOfAnOrganizationWithoutAPlanAreRefusedAndNothingIsStored() {
    YearRecords year = RecordGenerator.year(new Random(1), SamplePlans.banWaen(), 5);

    RecordImport result = store.importRecords(year);

    assertEquals(new RecordImport.UnknownOrganization(SamplePlans.BAN_WAEN), result);
    assertEquals(0, store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569).size());
  }

  @Test
  public void randomYearsReadBackEqualAndAreCountedAlike() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < RANDOM_YEARS; i++) {
      KmPlan plan = PlanGenerator.plan(random);
      plans.saveDraft(plan);
      YearRecords year = RecordGenerator.year(random, plan, 1 + random.nextInt(30));
      String where = "year " + i + " of seed " + seed + "L";

      RecordImport result = store.importRecords(year);

      RecordImport.Imported imported = assertInstanceOf(RecordImport.Imported.class, result, where);
      assertEquals(year.size(), imported.totalAdded(), where);
      assertEquals(0, imported.totalUnchanged(), where);
      YearRecords read = store.records(plan.organization().code(), plan.fiscalYear());
      assertEquals(year, read, where);
      assertEquals(sizes(year), store.counts(plan.organization().code(), plan.fiscalYear()), where);
    }
  }

  @Test
  public void importingTheSameRecordsTwiceStoresNothingTwice() {
    KmPlan plan = registered(SamplePlans.banWaen());
    YearRecords year = RecordGenerator.year(new Random(7), plan, 20);
    store.importRecords(year);

    RecordImport again = store.importRecords(year);

    RecordImport.Imported imported = assertInstanceOf(RecordImport.Imported.class, again);
    assertEquals(0, imported.totalAdded());
    assertEquals(sizes(year), imported.unchanged());
    assertEquals(year, store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
    assertEquals(sizes(year), store.counts(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
  }

  @Test
  public void aLaterImportAddsOnlyTheNewRecordsAfterTheStoredOnes() {
    KmPlan plan = registered(SamplePlans.banWaen());
    YearRecords year = RecordGenerator.year(new Random(11), plan, 12);
    YearRecords firstHalf = firstHalf(year);
    store.importRecords(firstHalf);

    RecordImport result = store.importRecords(year);

    RecordImport.Imported imported = assertInstanceOf(RecordImport.Imported.class, result);
    assertEquals(firstHalf.size(), imported.totalUnchanged());
    assertEquals(year.size() - firstHalf.size(), imported.totalAdded());
    assertEquals(year, store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
  }

  @Test
  public void aChangedRecordIsReportedWithItsFieldsAndNothingOfTheImportIsStored() {
    registered(SamplePlans.banWaen());
    StaffMember somchai = staff("s1", "นายสมชาย ใจดี");
    store.importRecords(year(List.of(somchai), List.of()));
    StaffMember renamed =
        StaffMember.builder()
            .from(somchai)
            .name("นายสมชาย ใจงาม")
            .category(StaffCategory.EXECUTIVE)
            .build();
    Acknowledgement fresh =
        new Acknowledgement("k1", "s1", AcknowledgementTopic.KM_GOALS, DAY);

    RecordImport result = store.importRecords(year(List.of(renamed), List.of(fresh)));

    assertEquals(
        new RecordImport.Refused(
            SamplePlans.BAN_WAEN,
            SamplePlans.FY2569,
            List.of(new RecordConflict.Changed(RecordKind.STAFF, "s1", List.of("name", "category")))),
        result);
    assertEquals(
        year(List.of(somchai), List.of()), store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
  }

  @Test
  public void anIdStoredAsAnotherKindOrUsedTwiceInTheImportIsAConflict() {
    registered(SamplePlans.banWaen());
    store.importRecords(year(List.of(staff("x1", "นางสมหญิง แสงทอง")), List.of()));
    YearRecords clashing =
        YearRecords.builder()
            .organization(SamplePlans.BAN_WAEN)
            .fiscalYear(SamplePlans.FY2569)
            .addAcknowledgements(
                new Acknowledgement("x1", "x1", AcknowledgementTopic.KM_GOALS, DAY))
            .addMeetings(meeting("m1"))
            .addEvaluationReports(
                EvaluationReport.builder()
                    .id("m1")
                    .submittedOn(DAY)
                    .recipient("นายกเทศมนตรี")
                    .build())
            .build();

    RecordImport result = store.importRecords(clashing);

    RecordImport.Refused refused = assertInstanceOf(RecordImport.Refused.class, result);
    assertEquals(
        List.of(
            new RecordConflict.OtherKind(RecordKind.ACKNOWLEDGEMENT, "x1", RecordKind.STAFF),
            new RecordConflict.Duplicate(RecordKind.EVALUATION_REPORT, "m1")),
        refused.conflicts());
    assertEquals(1, store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569).size());
  }

  @Test
  public void aRefusedImportOfManyRecordsLeavesNothingOfThem() {
    KmPlan plan = registered(SamplePlans.banWaen());
    YearRecords year = RecordGenerator.year(new Random(3), plan, 25);
    StaffMember first = year.staff().get(0);
    store.importRecords(year(List.of(first), List.of()));
    YearRecords changedFirst =
        YearRecords.builder()
            .from(year)
            .staff(
                year.staff().stream()
                    .map(
                        s ->
                            s.id().equals(first.id())
                                ? StaffMember.builder().from(s).name(s.name() + " (แก้ไข)").build()
                                : s)
                    .toList())
            .build();

    assertInstanceOf(RecordImport.Refused.class, store.importRecords(changedFirst));

    assertEquals(
        year(List.of(first), List.of()), store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
    assertEquals(1, store.counts(SamplePlans.BAN_WAEN, SamplePlans.FY2569).get(RecordKind.STAFF));
  }

  @Test
  public void fiscalYearsAreKeptApartAndAnIdMayReturnNextYear() {
    KmPlan plan = registered(SamplePlans.banWaen());
    FiscalYear next = SamplePlans.FY2569.next();
    StaffMember thisYear = staff("s1", "นายสมชาย ใจดี");
    StaffMember nextYear = StaffMember.builder().from(thisYear).name("นายสมชาย ใจดียิ่ง").build();
    store.importRecords(year(List.of(thisYear), List.of()));

    RecordImport result =
        store.importRecords(
            YearRecords.builder()
                .organization(plan.organization().code())
                .fiscalYear(next)
                .addStaff(nextYear)
                .build());

    assertEquals(1, assertInstanceOf(RecordImport.Imported.class, result).totalAdded());
    assertEquals(
        List.of(thisYear), store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569).staff());
    assertEquals(List.of(nextYear), store.records(SamplePlans.BAN_WAEN, next).staff());
    assertEquals(List.of(SamplePlans.BAN_WAEN), store.organizationsWithRecords(next));
  }

  @Test
  public void oneOrganizationNeverSeesAnothersRecords() {
    KmPlan banWaen = registered(SamplePlans.banWaen());
    KmPlan maeRim = registered(SamplePlans.other("mae-rim", "แม่ริม"));
    registered(SamplePlans.other("chiang-dao", "เชียงดาว"));
    Random random = new Random(5);
    YearRecords banWaenYear = RecordGenerator.year(random, banWaen, 10);
    YearRecords maeRimYear = RecordGenerator.year(random, maeRim, 10);

    store.importRecords(maeRimYear);
    store.importRecords(banWaenYear);

    OrganizationCode maeRimCode = maeRim.organization().code();
    assertEquals(banWaenYear, store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
    assertEquals(maeRimYear, store.records(maeRimCode, SamplePlans.FY2569));
    assertEquals(sizes(maeRimYear), store.counts(maeRimCode, SamplePlans.FY2569));
    assertEquals(
        List.of(SamplePlans.BAN_WAEN, maeRimCode),
        store.organizationsWithRecords(SamplePlans.FY2569));
    assertEquals(
        0, store.records(OrganizationCode.of("chiang-dao"), SamplePlans.FY2569).size());
  }

  @Test
  public void textsWithEveryKindOfCharacterReadBackEqual() {
    registered(SamplePlans.banWaen());
    String odd = "ความก้าวหน้า \"๕๐%\" \\ \t\n 😀👍🏽 <b>&</b> " + "ศรีัญญา ".repeat(2000);
    YearRecords year =
        YearRecords.builder()
            .organization(SamplePlans.BAN_WAEN)
            .fiscalYear(SamplePlans.FY2569)
            .addStaff(staff("s1", odd))
            .addProgressUpdates(new ProgressUpdate("p1", new ActivityRef(1, 2), DAY, 50, odd))
            .addEvaluationReports(
                EvaluationReport.builder()
                    .id("e1")
                    .submittedOn(DAY)
                    .recipient(odd)
                    .addRecommendations(odd, "", odd)
                    .build())
            .addMonitoringNotes(
                new MonitoringNote(
                    "n1",
                    new ReportRound(ReportRound.Kind.QUARTER, 3),
                    DAY,
                    OptionalInt.of(2),
                    OptionalInt.empty(),
                    List.of(odd, odd),
                    List.of(odd),
                    odd))
            .build();

    store.importRecords(year);

    assertEquals(year, store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
  }

  private KmPlan registered(KmPlan plan) {
    plans.saveDraft(plan);
    return plan;
  }

  private static StaffMember staff(String id, String name) {
    return StaffMember.builder().id(id).name(name).category(StaffCategory.MUNICIPAL_OFFICER).build();
  }

  private static Meeting meeting(String id) {
    return Meeting.builder()
        .id(id)
        .meetingKind(MeetingKind.KM_COMMITTEE)
        .title("ประชุมคณะกรรมการ KM")
        .date(DAY)
        .build();
  }

  private static YearRecords year(List<StaffMember> staff, List<Acknowledgement> acknowledgements) {
    return YearRecords.builder()
        .organization(SamplePlans.BAN_WAEN)
        .fiscalYear(SamplePlans.FY2569)
        .staff(staff)
        .acknowledgements(acknowledgements)
        .build();
  }

  /** The first half of each kind's records, in their order. */
  private static YearRecords firstHalf(YearRecords year) {
    return YearRecords.builder()
        .organization(year.organization())
        .fiscalYear(year.fiscalYear())
        .staff(half(year.staff()))
        .trainings(half(year.trainings()))
        .trainingReports(half(year.trainingReports()))
        .supervisorRatings(half(year.supervisorRatings()))
        .knowledgeAssets(half(year.knowledgeAssets()))
        .meetings(half(year.meetings()))
        .acknowledgements(half(year.acknowledgements()))
        .accessEvents(half(year.accessEvents()))
        .recognitions(half(year.recognitions()))
        .progressUpdates(half(year.progressUpdates()))
        .evaluationReports(half(year.evaluationReports()))
        .monitoringNotes(half(year.monitoringNotes()))
        .build();
  }

  private static <T> List<T> half(List<T> list) {
    return list.subList(0, list.size() / 2);
  }

  private static Map<RecordKind, Integer> sizes(YearRecords year) {
    Map<RecordKind, Integer> sizes = new EnumMap<>(RecordKind.class);
    for (RecordKind k : RecordKind.values()) {
      sizes.put(k, year.ofKind(k).size());
    }
    return sizes;
  }

  private static Map<RecordKind, Integer> zeros() {
    Map<RecordKind, Integer> zeros = new EnumMap<>(RecordKind.class);
    for (RecordKind k : RecordKind.values()) {
      zeros.put(k, 0);
    }
    return zeros;
  }
}
