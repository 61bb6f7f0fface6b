/**
 * The evaluation engine: a pure function from a plan, the records of its year, an as-of date and a
 * holiday calendar to the status of every indicator ("where do we stand?"), with the reason in Thai
 * and English, the records behind each number, and roll-ups by goal, step, division and
 * organization.
 */
@KmStyle
@NullMarked
package th.km.core.evaluation;

import org.jspecify.annotations.NullMarked;
import th.km.core.KmStyle;
