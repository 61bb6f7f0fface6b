/**
 * The stored results of a batch evaluation of many organizations (ผลการประเมินระดับจังหวัดและประเทศ):
 * each organization's status counts and their roll-ups by province and for the nation, kept when
 * the batch runs so that reading them never evaluates or scans records again.
 */
@NullMarked
package th.km.core.rollup;

import org.jspecify.annotations.NullMarked;
