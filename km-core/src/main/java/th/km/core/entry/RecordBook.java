package th.km.core.entry;

import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;

/**
 * Where a record is entered: the records of one organization's fiscal year (บันทึกผลการดำเนินงาน
 * ประจำปีงบประมาณ). A record's id is unique within its book.
 *
 * @param organization whose records
 * @param fiscalYear which year's
 */
public record RecordBook(OrganizationCode organization, FiscalYear fiscalYear) {

  public static RecordBook of(OrganizationCode organization, FiscalYear fiscalYear) {
    return new RecordBook(organization, fiscalYear);
  }

  /** "ban-waen ปีงบประมาณ พ.ศ. 2569", for Thai messages. */
  public String thai() {
    return organization + " ปีงบประมาณ พ.ศ. " + fiscalYear.buddhistYear();
  }

  /** "ban-waen, FY B.E. 2569", for English messages. */
  public String english() {
    return organization + ", " + fiscalYear;
  }

  @Override
  public String toString() {
    return english();
  }
}
