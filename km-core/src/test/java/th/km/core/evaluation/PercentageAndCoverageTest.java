package th.km.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.km.core.evaluation.KnownAnswerFixtures.MID_YEAR;
import static th.km.core.evaluation.KnownAnswerFixtures.YEAR_END;
import static th.km.core.evaluation.KnownAnswerFixtures.assertStatus;
import static th.km.core.evaluation.KnownAnswerFixtures.assertValue;
import static th.km.core.evaluation.KnownAnswerFixtures.evaluate;
import static th.km.core.evaluation.KnownAnswerFixtures.staff;
import static th.km.core.evaluation.KnownAnswerFixtures.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import th.km.core.indicator.CoverageSet;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.Population;
import th.km.core.indicator.PopulationKind;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.Division;
import th.km.core.plan.StaffCategory;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecords;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;
import th.km.core.testing.EvaluationPlans;

/** Known answers, worked out by hand, for percentages of staff and coverage of sets. */
class PercentageAndCoverageTest {

  /** "จำนวนบุคลากรที่ทราบเป้าหมาย KM ของเทศบาลไม่น้อยกว่าร้อยละ ๙๐". */
  private static final IndicatorRule.Percentage KNOW_THE_GOALS =
      new IndicatorRule.Percentage(
          Population.of(PopulationKind.ACTIVE_STAFF),
          RecordSelector.of(
              RecordKind.ACKNOWLEDGEMENT,
              RecordFilter.builder().addTopics(AcknowledgementTopic.KM_GOALS).build()),
          new ParsedTarget.Percentage(Comparator.AT_LEAST, BigDecimal.valueOf(90)));

  /** A year of {@code staff} active staff of whom the first {@code acknowledged} know the goals. */
  private static YearRecords.Builder acknowledged(int staff, int acknowledged) {
    YearRecords.Builder b = year();
    for (int i = 1; i <= staff; i++) {
      b.addStaff(staff("s" + i));
      if (i <= acknowledged) {
        b.addAcknowledgements(
            new Acknowledgement("k" + i, "s" + i, AcknowledgementTopic.KM_GOALS, LocalDate.of(2025, 12, 1)));
      }
    }
    return b;
  }

  @Test
  void exactlyNinetyPercentIsMet() {
    IndicatorResult r = evaluate(KNOW_THE_GOALS, acknowledged(10, 9), YEAR_END);
    assertStatus(Status.MET, r);
    assertValue("90.00", r);
    assertEquals(OptionalLong.of(9), r.numerator());
    assertEquals(OptionalLong.of(10), r.denominator());
  }

  @Test
  void ninetyPercentOfTenThousandIsMet() {
    assertStatus(Status.MET, evaluate(KNOW_THE_GOALS, acknowledged(10_000, 9_000), YEAR_END));
  }

  @Test
  void eightyNineNinetyNinePercentIsNotMet() {
    IndicatorResult r = evaluate(KNOW_THE_GOALS, acknowledged(10_000, 8_999), YEAR_END);
    assertStatus(Status.NOT_MET, r);
    assertValue("89.99", r);
    assertEquals(OptionalLong.of(8_999), r.numerator());
  }

  @Test
  void aShareIsRoundedDownForShowing() {
    // 8/9 = 88.888…%: shown as 88.88, never rounded up, so a shown 90.00 is always really met.
    IndicatorResult r = evaluate(KNOW_THE_GOALS, acknowledged(9, 8), YEAR_END);
    assertStatus(Status.NOT_MET, r);
    assertValue("88.88", r);
  }

  @Test
  void midYearPaceIsTheTargetScaledByTheElapsedShare() {
    // 90 × 182/365 = 44.88: half the staff is on track, four in ten is at risk.
    assertStatus(Status.ON_TRACK, evaluate(KNOW_THE_GOALS, acknowledged(10, 5), MID_YEAR));
    IndicatorResult behind = evaluate(KNOW_THE_GOALS, acknowledged(10, 4), MID_YEAR);
    assertStatus(Status.AT_RISK, behind);
    assertTrue(behind.reason().th().contains("ควรได้อย่างน้อย ร้อยละ 44.88"), behind.reason().th());
  }

  @Test
  void staffWhoLeftAndOtherTopicsDoNotCount() {
    YearRecords.Builder b =
        acknowledged(9, 9)
            .addStaff(
                StaffMember.builder()
                    .from(staff("gone"))
                    .activeUntil(LocalDate.of(2026, 1, 31))
                    .build())
            .addAcknowledgements(
                new Acknowledgement("k-gone", "gone", AcknowledgementTopic.KM_GOALS, LocalDate.of(2025, 11, 1)))
            .addStaff(staff("s10"))
            .addAcknowledgements(
                new Acknowledgement(
                    "k10", "s10", AcknowledgementTopic.KM_PRINCIPLES, LocalDate.of(2025, 11, 1)));
    IndicatorResult r = evaluate(KNOW_THE_GOALS, b, YEAR_END);
    assertEquals(OptionalLong.of(9), r.numerator());
    assertEquals(OptionalLong.of(10), r.denominator());
    assertStatus(Status.MET, r);
    assertFalse(r.recordIds().contains("k-gone"));
  }

  @Test
  void noStaffOrNoAcknowledgementIsNoData() {
    assertStatus(Status.NO_DATA, evaluate(KNOW_THE_GOALS, year(), YEAR_END));
    assertStatus(Status.NO_DATA, evaluate(KNOW_THE_GOALS, acknowledged(10, 0), YEAR_END));
  }

  @Test
  void aPopulationNarrowedByCategoryCountsOnlyThatCategory() {
    IndicatorRule.Percentage contractStaff =
        new IndicatorRule.Percentage(
            new Population(
                PopulationKind.ACTIVE_STAFF,
                RecordFilter.builder().addStaffCategories(StaffCategory.CONTRACT_STAFF).build()),
            KNOW_THE_GOALS.qualifying(),
            KNOW_THE_GOALS.percentTarget());
    YearRecords.Builder b =
        acknowledged(3, 3)
            .addStaff(
                StaffMember.builder().from(staff("c1")).category(StaffCategory.CONTRACT_STAFF).build());
    IndicatorResult r = evaluate(contractStaff, b, YEAR_END);
    assertEquals(OptionalLong.of(0), r.numerator());
    assertEquals(OptionalLong.of(1), r.denominator());
  }

  /** "บุคลากร … ที่จะเกษียณอายุราชการและอายุครบ ๖๐ปี บริบูรณ์ ร้อยละ ๑๐๐" are recognized. */
  private static final IndicatorRule.Percentage RECOGNIZE_RETIREES =
      new IndicatorRule.Percentage(
          Population.of(PopulationKind.RETIRING_OR_TURNING_SIXTY),
          RecordSelector.of(
              RecordKind.RECOGNITION,
              RecordFilter.builder()
                  .addRecognitionKinds(RecognitionKind.RETIREMENT, RecognitionKind.AGE_60)
                  .build()),
          new ParsedTarget.Percentage(Comparator.AT_LEAST, BigDecimal.valueOf(100)));

  @Test
  void everyoneTurningSixtyByTheDayMustBeRecognized() {
    StaffMember sixtyInMarch =
        StaffMember.builder().from(staff("old")).birthDate(LocalDate.of(1966, 3, 15)).build();
    StaffMember young =
        StaffMember.builder().from(staff("young")).birthDate(LocalDate.of(1990, 3, 15)).build();
    YearRecords.Builder b =
        year()
            .addStaff(sixtyInMarch, young)
            .addRecognitions(
                new Recognition("h1", "old", RecognitionKind.AGE_60, LocalDate.of(2026, 3, 13)),
                new Recognition("h2", "young", RecognitionKind.DILIGENCE, LocalDate.of(2026, 3, 13)));
    IndicatorResult r = evaluate(RECOGNIZE_RETIREES, b, YEAR_END);
    assertStatus(Status.MET, r);
    assertEquals(OptionalLong.of(1), r.denominator());
    assertEquals(List.of("h1", "old"), r.recordIds());
    // On 1 March nobody has turned 60 or retired yet: nobody is owed recognition.
    assertStatus(Status.NO_DATA, evaluate(RECOGNIZE_RETIREES, b, LocalDate.of(2026, 3, 1)));
  }

  @Test
  void whoLeftBeforeThePeriodOrBeforeTurningSixtyIsNotOwedRecognition() {
    StaffMember stays =
        StaffMember.builder().from(staff("stays")).birthDate(LocalDate.of(1966, 3, 15)).build();
    StaffMember leftLastYear =
        StaffMember.builder()
            .from(staff("left"))
            .birthDate(LocalDate.of(1966, 2, 1))
            .activeUntil(LocalDate.of(2025, 6, 30))
            .build();
    StaffMember resigned =
        StaffMember.builder()
            .from(staff("resigned"))
            .birthDate(LocalDate.of(1966, 4, 1))
            .activeUntil(LocalDate.of(2026, 1, 31))
            .build();
    YearRecords.Builder b =
        year()
            .addStaff(stays, leftLastYear, resigned)
            .addRecognitions(
                new Recognition("h1", "stays", RecognitionKind.AGE_60, LocalDate.of(2026, 3, 13)));
    IndicatorResult r = evaluate(RECOGNIZE_RETIREES, b, YEAR_END);
    assertStatus(Status.MET, r);
    assertEquals(OptionalLong.of(1), r.denominator());
  }

  @Test
  void retirementFallsAtTheEndOfTheFiscalYearOfTheSixtiethBirthday() {
    // Turns 60 on 1 October 2026, in fiscal year 2570: retires on 30 September 2027, not in 2569.
    StaffMember october =
        StaffMember.builder().from(staff("oct")).birthDate(LocalDate.of(1966, 10, 2)).build();
    assertEquals(Optional.of(LocalDate.of(2027, 9, 30)), october.retiresOn());
    assertStatus(Status.NO_DATA, evaluate(RECOGNIZE_RETIREES, year().addStaff(october), YEAR_END));
  }

  /** "จัดทำคู่มือปฏิบัติงานครบทุกส่วนราชการ": a reviewed work manual in every division, ever. */
  private static final IndicatorRule.Coverage MANUAL_IN_EVERY_DIVISION =
      new IndicatorRule.Coverage(
          CoverageSet.DIVISIONS,
          RecordSelector.of(
                  RecordKind.KNOWLEDGE_ASSET,
                  RecordFilter.builder()
                      .addAssetKinds(AssetKind.WORK_MANUAL)
                      .minimumStatus(AssetStatus.REVIEWED)
                      .build())
              .toDate());

  private static KnowledgeAsset manual(String id, Division d, LocalDate created, LocalDate reviewed) {
    return KnowledgeAsset.builder()
        .id(id)
        .title("คู่มือการปฏิบัติงาน " + d.name())
        .assetKind(AssetKind.WORK_MANUAL)
        .division(d.code())
        .createdOn(created)
        .reviewedOn(reviewed)
        .build();
  }

  private static YearRecords.Builder manualsFor(List<Division> divisions) {
    YearRecords.Builder b = year();
    int i = 0;
    for (Division d : divisions) {
      b.addKnowledgeAssets(manual("a" + ++i, d, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1)));
    }
    return b;
  }

  @Test
  void everyDivisionWithAReviewedManualIsMet() {
    IndicatorResult r = evaluate(MANUAL_IN_EVERY_DIVISION, manualsFor(EvaluationPlans.DIVISIONS), YEAR_END);
    assertStatus(Status.MET, r);
    assertValue("100.00", r);
    assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), r.recordIds());
  }

  @Test
  void aMissingDivisionIsNamedInTheReason() {
    YearRecords.Builder b =
        manualsFor(
            List.of(
                EvaluationPlans.CLERK, EvaluationPlans.FINANCE, EvaluationPlans.EDUCATION, EvaluationPlans.HEALTH));
    IndicatorResult r = evaluate(MANUAL_IN_EVERY_DIVISION, b, YEAR_END);
    assertStatus(Status.NOT_MET, r);
    assertValue("80.00", r);
    assertEquals(OptionalLong.of(4), r.numerator());
    assertEquals(OptionalLong.of(5), r.denominator());
    assertTrue(r.reason().th().contains("ยังขาด: กองช่าง"), r.reason().th());
    assertTrue(r.reason().en().contains("missing: works"), r.reason().en());
  }

  @Test
  void aDraftOrAManualReviewedLaterDoesNotCover() {
    YearRecords.Builder b =
        manualsFor(List.of(EvaluationPlans.CLERK, EvaluationPlans.FINANCE, EvaluationPlans.EDUCATION))
            .addKnowledgeAssets(
                KnowledgeAsset.builder()
                    .id("draft")
                    .title("ร่างคู่มือ")
                    .assetKind(AssetKind.WORK_MANUAL)
                    .division(EvaluationPlans.HEALTH.code())
                    .createdOn(LocalDate.of(2025, 11, 1))
                    .build(),
                manual("later", EvaluationPlans.WORKS, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)));
    IndicatorResult r = evaluate(MANUAL_IN_EVERY_DIVISION, b, MID_YEAR);
    assertEquals(OptionalLong.of(3), r.numerator());
    // 3 of 5 = 60% against 100% × 182/365 = 49.86%: on track.
    assertStatus(Status.ON_TRACK, r);
    assertEquals(OptionalLong.of(4), evaluate(MANUAL_IN_EVERY_DIVISION, b, YEAR_END).numerator());
  }

  @Test
  void aManualFromLastYearCoversOnlyWhenCountedToDate() {
    YearRecords.Builder b =
        manualsFor(List.of(EvaluationPlans.CLERK, EvaluationPlans.FINANCE, EvaluationPlans.WORKS, EvaluationPlans.EDUCATION))
            .addKnowledgeAssets(
                manual("old", EvaluationPlans.HEALTH, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)));
    assertStatus(Status.MET, evaluate(MANUAL_IN_EVERY_DIVISION, b, YEAR_END));
    IndicatorRule.Coverage thisYearOnly =
        new IndicatorRule.Coverage(
            CoverageSet.DIVISIONS,
            new RecordSelector(
                RecordKind.KNOWLEDGE_ASSET,
                MANUAL_IN_EVERY_DIVISION.qualifying().filter(),
                RecordSelector.Window.PERIOD));
    assertStatus(Status.NOT_MET, evaluate(thisYearOnly, b, YEAR_END));
  }

  @Test
  void everyPositionCoveredByTheAuthorsOfItsManuals() {
    IndicatorRule.Coverage everyPosition =
        new IndicatorRule.Coverage(CoverageSet.POSITIONS, MANUAL_IN_EVERY_DIVISION.qualifying());
    StaffMember hr = StaffMember.builder().from(staff("s1")).position("นักทรัพยากรบุคคล").build();
    StaffMember lawyer = StaffMember.builder().from(staff("s2")).position("นิติกร").build();
    KnowledgeAsset byHr =
        KnowledgeAsset.builder()
            .from(manual("a1", EvaluationPlans.CLERK, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 2)))
            .addAuthorIds("s1")
            .build();
    IndicatorResult r = evaluate(everyPosition, year().addStaff(hr, lawyer).addKnowledgeAssets(byHr), YEAR_END);
    assertStatus(Status.NOT_MET, r);
    assertValue("50.00", r);
    assertTrue(r.reason().th().contains("ยังขาด: นิติกร"), r.reason().th());
  }
}
