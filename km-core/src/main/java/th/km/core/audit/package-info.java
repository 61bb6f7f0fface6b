/**
 * The audit log (บันทึกการแก้ไข): who changed an organization's data, when, and the state before
 * and after. Stores write it in the same transaction as the change; this package holds its values
 * and the port that reads it.
 */
@NullMarked
package th.km.core.audit;

import org.jspecify.annotations.NullMarked;
