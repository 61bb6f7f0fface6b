package th.km.core.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import th.km.core.records.RecordKind;
import th.km.core.records.TrainingSetting;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;

/**
 * The formal rule of an indicator: what to measure in the records of the year and what target the
 * measurement must meet. Targets are the checker's {@link ParsedTarget} values, so that a target read
 * from the plan's Thai text becomes part of a rule unchanged.
 */
public sealed interface IndicatorRule
    permits IndicatorRule.Count,
        IndicatorRule.Percentage,
        IndicatorRule.Coverage,
        IndicatorRule.DeadlineCompliance,
        IndicatorRule.Occurrence,
        IndicatorRule.BeforeAfter,
        IndicatorRule.ReportOnly {

  /** The target the measurement is compared with; empty for a report-only indicator. */
  Optional<ParsedTarget> target();

  /**
   * A number of records, of the staff they name, or of their quantities, compared with a number:
   * "พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน".
   */
  record Count(RecordSelector selector, CountUnit unit, ParsedTarget.Count countTarget)
      implements IndicatorRule {

    public Count {
      checkArgument(
          unit != CountUnit.PERSONS || selector.kind().concernsPersons(),
          "%s records name no staff, so they cannot be counted in persons",
          selector.kind().englishName());
    }

    @Override
    public Optional<ParsedTarget> target() {
      return Optional.of(countTarget);
    }
  }

  /**
   * The share of a population of staff that has at least one qualifying record: "จำนวนบุคลากรที่ทราบ
   * เป้าหมาย KM ไม่น้อยกว่าร้อยละ ๙๐" is active staff with a KM-goals acknowledgement over active staff.
   */
  record Percentage(
      Population population, RecordSelector qualifying, ParsedTarget.Percentage percentTarget)
      implements IndicatorRule {

    public Percentage {
      checkArgument(
          qualifying.kind().concernsPersons(),
          "a percentage of staff needs records that name staff, not %s records",
          qualifying.kind().englishName());
    }

    @Override
    public Optional<ParsedTarget> target() {
      return Optional.of(percentTarget);
    }
  }

  /**
   * Every member of a set has at least one qualifying record: "จัดทำคู่มือปฏิบัติงานครบทุกส่วนราชการ".
   * Met only when all are covered.
   */
  record Coverage(CoverageSet set, RecordSelector qualifying) implements IndicatorRule {

    public Coverage {
      checkArgument(
          set == CoverageSet.DIVISIONS || qualifying.kind().concernsPersons(),
          "coverage of %s needs records that name staff, not %s records",
          set.englishName(),
          qualifying.kind().englishName());
    }

    @Override
    public Optional<ParsedTarget> target() {
      return Optional.of(new ParsedTarget.Every(set.thaiName()));
    }
  }

  /**
   * The share of trainings whose report was submitted within {@code days} days of the return,
   * counted by the Civil and Commercial Code (the return day not counted, a last day off moved to
   * the next working day): "รายงานผลภายใน ๑๕ วัน นับแต่วันกลับจากการอบรม".
   *
   * @param trainings which trainings owe a report (facets of {@link RecordKind#TRAINING})
   * @param days the days allowed
   * @param percentTarget the share that must be on time
   */
  record DeadlineCompliance(RecordFilter trainings, int days, ParsedTarget.Percentage percentTarget)
      implements IndicatorRule {

    public DeadlineCompliance {
      checkArgument(days >= 1, "a report deadline lasts at least one day, got %s", days);
      for (Facet f : trainings.facets()) {
        checkArgument(
            f.appliesTo(RecordKind.TRAINING), "trainings cannot be filtered by %s", f.name());
      }
    }

    /** Every report on a training outside the organization within the days: the seed's rule. */
    public static DeadlineCompliance externalTrainingReports(int days) {
      return new DeadlineCompliance(
          RecordFilter.builder().addTrainingSettings(TrainingSetting.EXTERNAL).build(),
          days,
          new ParsedTarget.Percentage(Comparator.AT_LEAST, BigDecimal.valueOf(100)));
    }

    @Override
    public Optional<ParsedTarget> target() {
      return Optional.of(percentTarget);
    }
  }

  /**
   * At least {@code atLeast} events of a kind in the period: "รายงานผล … ต่อนายกเทศมนตรี อย่างน้อยปีละ
   * ๑ ครั้ง". Events are whole, so before the period ends the expected number so far is rounded
   * down: a once-a-year report is on track until the last day.
   */
  record Occurrence(RecordSelector selector, int atLeast) implements IndicatorRule {

    public Occurrence {
      checkArgument(atLeast >= 1, "an occurrence needs at least one event, got %s", atLeast);
    }

    @Override
    public Optional<ParsedTarget> target() {
      return Optional.of(new ParsedTarget.Count(Comparator.AT_LEAST, atLeast, "ครั้ง"));
    }
  }

  /**
   * The share of trained staff whose supervisor rated their work higher after the training than
   * before (ผู้บังคับบัญชาพิจารณาการปฏิบัติงานก่อนและหลังการพัฒนา). A person counts as improved when
   * any rating of their trainings in the period shows it; a person not yet rated counts as not
   * improved.
   */
  record BeforeAfter(RecordFilter trainings, ParsedTarget.Percentage percentTarget)
      implements IndicatorRule {

    public BeforeAfter {
      for (Facet f : trainings.facets()) {
        checkArgument(
            f.appliesTo(RecordKind.TRAINING), "trainings cannot be filtered by %s", f.name());
      }
    }

    @Override
    public Optional<ParsedTarget> target() {
      return Optional.of(percentTarget);
    }
  }

  /**
   * A number shown without a target ("จำนวนการเข้าถึงข้อมูลความรู้"), or nothing at all when no
   * measure is given; never counted as met.
   */
  record ReportOnly(Optional<RecordSelector> measure, CountUnit unit) implements IndicatorRule {

    public ReportOnly {
      measure.ifPresent(
          m ->
              checkArgument(
                  unit != CountUnit.PERSONS || m.kind().concernsPersons(),
                  "%s records name no staff, so they cannot be counted in persons",
                  m.kind().englishName()));
    }

    /** A report-only indicator with nothing to count. */
    public static ReportOnly nothing() {
      return new ReportOnly(Optional.empty(), CountUnit.RECORDS);
    }

    /** A report-only indicator that shows a count. */
    public static ReportOnly counting(RecordSelector measure, CountUnit unit) {
      return new ReportOnly(Optional.of(measure), unit);
    }

    @Override
    public Optional<ParsedTarget> target() {
      return Optional.empty();
    }
  }
}
