package th.km.persistence.tables;

import java.time.LocalDate;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecords;

/**
 * What every table is built from: one organization's plan and the records of its year, seen as of
 * one day, with the evaluation of that day and the holidays report deadlines are counted by.
 *
 * @param plan the plan
 * @param records the records of the plan's organization and year
 * @param asOf the day the year is seen as of; records dated after it are not seen
 * @param holidays the public holidays of the organization
 * @param evaluation the plan evaluated against the records as of the day
 */
public record YearInput(
    KmPlan plan, YearRecords records, LocalDate asOf, HolidayCalendar holidays, Evaluation evaluation) {

  public YearInput {
    new OrganizationYear(plan, records);
    if (!evaluation.asOf().equals(asOf)) {
      throw new IllegalArgumentException(
          "the evaluation is as of " + evaluation.asOf() + ", the tables as of " + asOf);
    }
  }

  /** The year as of the day, evaluated here. */
  public static YearInput evaluate(
      KmPlan plan, YearRecords records, LocalDate asOf, HolidayCalendar holidays) {
    return new YearInput(plan, records, asOf, holidays, Evaluator.evaluate(plan, records, asOf, holidays));
  }
}
