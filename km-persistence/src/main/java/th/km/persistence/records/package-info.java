/**
 * The records folder (โฟลเดอร์บันทึกผลการดำเนินงาน): the records of one organization's fiscal year
 * as one JSON Lines file per kind beside a small manifest, read into the core's {@link
 * th.km.core.records.YearRecords} all or nothing, with every bad record named by file, line and
 * field, and written back in a stable order.
 */
@NullMarked
package th.km.persistence.records;

import org.jspecify.annotations.NullMarked;
