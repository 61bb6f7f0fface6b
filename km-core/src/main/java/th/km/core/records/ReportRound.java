package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.FiscalYear;

/**
 * A round of the M&amp;E committee's reporting (รอบการรายงาน): the annual report to the mayor, or
 * one of the half-year or quarterly progress rounds of the fiscal year.
 *
 * @param kind annual, half-year or quarter
 * @param number which half (1-2) or quarter (1-4) of the fiscal year; 1 for the annual round
 */
public record ReportRound(Kind kind, int number) {

  /** How often the committee reports in the round. */
  public enum Kind {
    /** รายงานประจำปี, the report the plan requires to the mayor. */
    ANNUAL("annual", "ประจำปี", 1),
    /** รายงานรอบ 6 เดือน. */
    HALF_YEAR("half-year", "รอบ ๖ เดือน", 2),
    /** รายงานรายไตรมาส. */
    QUARTER("quarter", "รายไตรมาส", 4);

    private final String option;
    private final String thaiName;
    private final int perYear;

    Kind(String option, String thaiName, int perYear) {
      this.option = option;
      this.thaiName = thaiName;
      this.perYear = perYear;
    }

    /** The word the command line and the web use: {@code annual}, {@code half-year}, {@code quarter}. */
    public String option() {
      return option;
    }

    public String thaiName() {
      return thaiName;
    }

    /** How many rounds of the kind a fiscal year has. */
    public int perYear() {
      return perYear;
    }
  }

  public ReportRound {
    checkArgument(
        number >= 1 && number <= kind.perYear(),
        "a %s round is numbered 1 to %s, got %s",
        kind.option(),
        kind.perYear(),
        number);
  }

  /** The round of the kind whose period holds the day, in the day's fiscal year. */
  public static ReportRound containing(Kind kind, LocalDate day) {
    int quarter = FiscalYear.quarterOf(day);
    return switch (kind) {
      case ANNUAL -> new ReportRound(kind, 1);
      case HALF_YEAR -> new ReportRound(kind, quarter <= 2 ? 1 : 2);
      case QUARTER -> new ReportRound(kind, quarter);
    };
  }

  /** The days the round covers in the fiscal year. */
  public DateRange period(FiscalYear year) {
    return switch (kind) {
      case ANNUAL -> year.range();
      case HALF_YEAR -> year.half(number);
      case QUARTER -> year.quarter(number);
    };
  }

  /** The round in Thai: "ประจำปี", "รอบ ๖ เดือน ครั้งที่ 1", "รายไตรมาส ครั้งที่ 2". */
  public String thai() {
    return kind == Kind.ANNUAL ? kind.thaiName() : kind.thaiName() + " ครั้งที่ " + number;
  }

  @Override
  public String toString() {
    return kind == Kind.ANNUAL ? kind.option() : kind.option() + " " + number;
  }
}
