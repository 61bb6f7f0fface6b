/**
 * The M&amp;E committee's report to the mayor (รายงานผลการติดตามและประเมินผล) as data: per goal and
 * activity the evaluated indicators, the training reports' timeliness, the committee's problems and
 * recommendations for the round, and its signature block, ready for any document format.
 */
@KmStyle
@NullMarked
package th.km.core.report;

import org.jspecify.annotations.NullMarked;
import th.km.core.KmStyle;
