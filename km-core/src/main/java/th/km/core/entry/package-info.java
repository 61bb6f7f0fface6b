/**
 * Data entry (การบันทึกข้อมูล): the writes people make to the records of the year, one record at a
 * time, through a port the database implements. Each write is checked against the plan and the
 * other records, logged in the audit log with who made it, and guarded by the version the editor
 * saw, so that two people editing one record cannot overwrite each other unknowingly.
 */
@NullMarked
package th.km.core.entry;

import org.jspecify.annotations.NullMarked;
