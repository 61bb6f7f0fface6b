/**
 * Records of the year (บันทึกผลการดำเนินงาน): what happened in one organization during one fiscal
 * year — staff, trainings and their reports, supervisor ratings, knowledge assets, meetings,
 * acknowledgements, accesses, recognitions, progress updates and M&amp;E reports — gathered in
 * {@link th.km.core.records.YearRecords}, which the evaluation reads.
 */
@KmStyle
@NullMarked
package th.km.core.records;

import org.jspecify.annotations.NullMarked;
import th.km.core.KmStyle;
