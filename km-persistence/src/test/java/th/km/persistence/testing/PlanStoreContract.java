package th.km.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.km.core.plan.Division;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.ApprovalResult;
import th.km.core.store.PlanStatus;
import th.km.core.store.PlanStore;
import th.km.core.store.PlanVersion;
import th.km.core.store.SaveResult;
import th.km.core.store.StoredPlan;
import th.km.core.testing.IndicatorGenerator;
import th.km.core.testing.PlanGenerator;

/**
 * The contract every {@link PlanStore} keeps, run against each: the in-memory fake, H2 and
 * PostgreSQL. A subclass hands out a new, empty store for each test.
 */
public abstract class PlanStoreContract {

  private static final Instant START = Instant.parse("2026-03-06T02:30:00.123456Z");
  private static final int RANDOM_PLANS = 40;

  protected final MutableClock clock = new MutableClock(START);
  private PlanStore store;

  /** A new store with nothing in it, stamping times from {@code clock}. */
  protected abstract PlanStore emptyStore(Clock clock);

  @BeforeEach
  final void openStore() {
    store = emptyStore(clock);
  }

  @Test
  public void anEmptyStoreHasNoOrganizationsAndNoPlans() {
    assertEquals(List.of(), store.organizations());
    assertEquals(Optional.empty(), store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
    assertEquals(Optional.empty(), store.approved(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
    assertEquals(List.of(), store.versions(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
  }

  @Test
  public void aSavedPlanReadsBackEqualAsDraftVersionOne() {
    KmPlan plan = SamplePlans.banWaen();

    PlanVersion saved = store.saveDraft(plan);

    PlanVersion expected =
        new PlanVersion(
            SamplePlans.BAN_WAEN,
            SamplePlans.FY2569,
            1,
            PlanStatus.DRAFT,
            false,
            START,
            Optional.empty());
    assertEquals(expected, saved);
    StoredPlan read = store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow();
    assertEquals(plan, read.plan());
    assertEquals(expected, read.version());
    assertEquals(List.of(plan.organization()), store.organizations());
  }

  @Test
  public void everyVersionReadsBackByItsNumber() {
    KmPlan first = SamplePlans.banWaen();
    KmPlan second = KmPlan.builder().from(first).title("ฉบับแก้ไข").build();
    store.saveDraft(first);
    store.saveDraft(second);

    assertEquals(first, store.version(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 1).orElseThrow().plan());
    StoredPlan two = store.version(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 2).orElseThrow();
    assertEquals(second, two.plan());
    assertEquals(2, two.version().number());
    assertEquals(Optional.empty(), store.version(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 3));
    assertEquals(Optional.empty(), store.version(SamplePlans.BAN_WAEN, SamplePlans.FY2569.next(), 1));
  }

  @Test
  public void randomPlansReadBackEqual() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < RANDOM_PLANS; i++) {
      KmPlan plan = IndicatorGenerator.withIndicators(random, PlanGenerator.plan(random));
      store.saveDraft(plan);
      Optional<KmPlan> read =
          store.latest(plan.organization().code(), plan.fiscalYear()).map(StoredPlan::plan);
      assertEquals(Optional.of(plan), read, "plan " + i + " of seed " + seed + "L");
    }
  }

  @Test
  public void aPlanWithVeryLongTextsReadsBackEqual() {
    String longText = "การจัดการความรู้ 😀 ".repeat(3000);
    KmPlan plan = SamplePlans.banWaen();
    KmPlan verbose =
        KmPlan.builder()
            .from(plan)
            .organization(Organization.builder().from(plan.organization()).name(longText).build())
            .title(longText)
            .divisions(
                plan.divisions().stream()
                    .map(d -> new Division(d.code(), d.name() + longText))
                    .toList())
            .build();

    store.saveDraft(verbose);

    assertEquals(
        verbose, store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().plan());
  }

  @Test
  public void eachSaveMakesANewVersionAndLocksTheOneBefore() {
    KmPlan first = SamplePlans.banWaen();
    KmPlan second = SamplePlans.edited(first);
    store.saveDraft(first);
    clock.advance(Duration.ofMinutes(5));

    PlanVersion v2 = store.saveDraft(second);

    assertEquals(2, v2.number());
    assertEquals(PlanStatus.DRAFT, v2.status());
    assertEquals(START.plus(Duration.ofMinutes(5)), v2.savedAt());
    List<PlanVersion> versions = store.versions(SamplePlans.BAN_WAEN, SamplePlans.FY2569);
    assertEquals(List.of(1, 2), versions.stream().map(PlanVersion::number).toList());
    assertEquals(List.of(true, false), versions.stream().map(PlanVersion::locked).toList());
    assertEquals(
        second, store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().plan());
  }

  @Test
  public void approvingTheLatestDraftLocksIt() {
    store.saveDraft(SamplePlans.banWaen());
    clock.advance(Duration.ofHours(1));

    ApprovalResult result = store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 1);

    PlanVersion approved = assertInstanceOf(ApprovalResult.Approved.class, result).version();
    assertEquals(PlanStatus.APPROVED, approved.status());
    assertTrue(approved.locked());
    assertEquals(START, approved.savedAt());
    assertEquals(Optional.of(START.plus(Duration.ofHours(1))), approved.approvedAt());
    StoredPlan read = store.approved(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow();
    assertEquals(approved, read.version());
    assertEquals(SamplePlans.banWaen(), read.plan());
    assertEquals(
        approved, store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().version());
  }

  @Test
  public void aSaveAfterApprovalMakesANewDraftAndLeavesTheApprovedVersionAsItWas() {
    KmPlan original = SamplePlans.banWaen();
    store.saveDraft(original);
    store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 1);
    KmPlan changed = SamplePlans.edited(original);

    PlanVersion draft = store.saveDraft(changed);

    assertEquals(2, draft.number());
    assertEquals(PlanStatus.DRAFT, draft.status());
    StoredPlan approved = store.approved(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow();
    assertEquals(1, approved.version().number());
    assertEquals(original, approved.plan());
    assertEquals(
        changed, store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().plan());
    assertEquals(
        List.of(PlanStatus.APPROVED, PlanStatus.DRAFT),
        store.versions(SamplePlans.BAN_WAEN, SamplePlans.FY2569).stream()
            .map(PlanVersion::status)
            .toList());
  }

  @Test
  public void theLatestApprovalWins() {
    store.saveDraft(SamplePlans.banWaen());
    store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 1);
    KmPlan changed = SamplePlans.edited(SamplePlans.banWaen());
    store.saveDraft(changed);

    store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 2);

    StoredPlan approved = store.approved(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow();
    assertEquals(2, approved.version().number());
    assertEquals(changed, approved.plan());
  }

  @Test
  public void anApprovedVersionCannotBeApprovedAgain() {
    store.saveDraft(SamplePlans.banWaen());
    PlanVersion approved =
        assertInstanceOf(
                ApprovalResult.Approved.class,
                store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 1))
            .version();
    clock.advance(Duration.ofDays(1));

    ApprovalResult again = store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 1);

    assertEquals(new ApprovalResult.Locked(approved), again);
  }

  @Test
  public void aSupersededDraftCannotBeApproved() {
    store.saveDraft(SamplePlans.banWaen());
    store.saveDraft(SamplePlans.edited(SamplePlans.banWaen()));

    ApprovalResult result = store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 1);

    PlanVersion locked = assertInstanceOf(ApprovalResult.Locked.class, result).version();
    assertEquals(PlanStatus.DRAFT, locked.status());
    assertEquals(Optional.empty(), store.approved(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
  }

  @Test
  public void approvingWhatDoesNotExistIsNotFound() {
    store.saveDraft(SamplePlans.banWaen());

    assertEquals(
        new ApprovalResult.NotFound(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 2),
        store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 2));
    assertEquals(
        new ApprovalResult.NotFound(SamplePlans.BAN_WAEN, SamplePlans.FY2569.next(), 1),
        store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569.next(), 1));
    OrganizationCode nobody = OrganizationCode.of("nobody");
    assertEquals(
        new ApprovalResult.NotFound(nobody, SamplePlans.FY2569, 1),
        store.approve(nobody, SamplePlans.FY2569, 1));
  }

  @Test
  public void aSaveBasedOnTheLatestVersionIsSaved() {
    store.saveDraft(SamplePlans.banWaen());
    KmPlan changed = SamplePlans.edited(SamplePlans.banWaen());

    SaveResult result = store.saveDraft(changed, 1);

    PlanVersion saved = assertInstanceOf(SaveResult.Saved.class, result).version();
    assertEquals(2, saved.number());
    assertEquals(
        changed, store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().plan());
  }

  @Test
  public void aSaveBasedOnAnOlderVersionIsStaleAndChangesNothing() {
    store.saveDraft(SamplePlans.banWaen());
    KmPlan theirs = SamplePlans.edited(SamplePlans.banWaen());
    PlanVersion latest = store.saveDraft(theirs);
    KmPlan mine = SamplePlans.other("ban-waen", "บ้านแหวนของฉัน");

    SaveResult result = store.saveDraft(mine, 1);

    assertEquals(new SaveResult.Stale(1, Optional.of(latest)), result);
    assertEquals(
        theirs, store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().plan());
    assertEquals(2, store.versions(SamplePlans.BAN_WAEN, SamplePlans.FY2569).size());
    assertEquals(List.of(theirs.organization()), store.organizations());
  }

  @Test
  public void aSaveBasedOnAVersionOfNoPlanIsStaleAndRegistersNothing() {
    SaveResult result = store.saveDraft(SamplePlans.banWaen(), 1);

    assertEquals(new SaveResult.Stale(1, Optional.empty()), result);
    assertEquals(List.of(), store.organizations());
    assertEquals(Optional.empty(), store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
  }

  @Test
  public void theOrganizationFollowsTheLatestSaveWhileOlderVersionsKeepTheirOwnWords() {
    KmPlan first = SamplePlans.banWaen();
    store.saveDraft(first);
    store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 1);
    Organization renamed =
        Organization.builder()
            .from(first.organization())
            .name("บ้านแหวนใหม่")
            .englishName(Optional.empty())
            .build();
    KmPlan second = KmPlan.builder().from(first).organization(renamed).build();

    store.saveDraft(second);

    assertEquals(List.of(renamed), store.organizations());
    assertEquals(
        first, store.approved(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().plan());
    assertEquals(
        second, store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().plan());
  }

  @Test
  public void aPlanWithIndicatorsOfEveryRuleKindReadsBackEqual() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    KmPlan plan = SamplePlans.banWaen();
    for (int i = 0; i < 5; i++) {
      KmPlan withIndicators = IndicatorGenerator.withIndicators(random, plan);
      store.saveDraft(withIndicators);
      assertEquals(
          withIndicators,
          store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().plan(),
          "seed " + seed + "L, round " + i);
    }
  }

  @Test
  public void fiscalYearsAreListedEarliestFirst() {
    KmPlan thisYear = SamplePlans.banWaen();
    store.saveDraft(KmPlan.builder().from(thisYear).fiscalYear(SamplePlans.FY2569.next()).build());
    store.saveDraft(thisYear);
    store.saveDraft(thisYear);
    store.saveDraft(SamplePlans.other("mae-rim", "แม่ริม"));

    assertEquals(
        List.of(SamplePlans.FY2569, SamplePlans.FY2569.next()),
        store.fiscalYears(SamplePlans.BAN_WAEN));
    assertEquals(List.of(), store.fiscalYears(OrganizationCode.of("nobody")));
  }

  @Test
  public void organizationsAreListedByCode() {
    store.saveDraft(SamplePlans.other("mae-rim", "แม่ริม"));
    store.saveDraft(SamplePlans.banWaen());
    store.saveDraft(SamplePlans.other("chiang-dao", "เชียงดาว"));

    assertEquals(
        List.of("ban-waen", "chiang-dao", "mae-rim"),
        store.organizations().stream().map(o -> o.code().value()).toList());
  }

  @Test
  public void fiscalYearsAreVersionedApart() {
    KmPlan thisYear = SamplePlans.banWaen();
    KmPlan nextYear = KmPlan.builder().from(thisYear).fiscalYear(SamplePlans.FY2569.next()).build();
    store.saveDraft(thisYear);
    store.saveDraft(thisYear);

    PlanVersion next = store.saveDraft(nextYear);

    assertEquals(1, next.number());
    assertEquals(
        nextYear,
        store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569.next()).orElseThrow().plan());
    assertEquals(
        thisYear, store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().plan());
  }

  @Test
  public void oneOrganizationNeverSeesAnothersPlans() {
    KmPlan banWaen = SamplePlans.banWaen();
    KmPlan maeRim = SamplePlans.other("mae-rim", "แม่ริม");
    OrganizationCode maeRimCode = maeRim.organization().code();
    store.saveDraft(banWaen);
    store.saveDraft(maeRim);
    store.saveDraft(maeRim);

    store.approve(maeRimCode, SamplePlans.FY2569, 2);

    assertEquals(
        banWaen, store.latest(SamplePlans.BAN_WAEN, SamplePlans.FY2569).orElseThrow().plan());
    assertEquals(maeRim, store.latest(maeRimCode, SamplePlans.FY2569).orElseThrow().plan());
    assertEquals(1, store.versions(SamplePlans.BAN_WAEN, SamplePlans.FY2569).size());
    assertEquals(Optional.empty(), store.approved(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
    assertEquals(
        new ApprovalResult.NotFound(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 2),
        store.approve(SamplePlans.BAN_WAEN, SamplePlans.FY2569, 2));
  }
}
