/**
 * Data entry (การบันทึกข้อมูล): the forms and JSON endpoints through which people record what
 * happens during the year, the rules of who may record what, checked on the server for every
 * write, and the port through which the records are written.
 */
@NullMarked
package th.km.web.entry;

import org.jspecify.annotations.NullMarked;
