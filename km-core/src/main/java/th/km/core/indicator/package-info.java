/**
 * Indicator rules (ตัวชี้วัด) as data: what to count in the records of the year and what target to
 * compare it with, kept beside the plan's original Thai indicator and target text. Rules are
 * attached to plan activities and to monitoring rules; {@code th.km.core.evaluation} evaluates them.
 */
@KmStyle
@NullMarked
package th.km.core.indicator;

import org.jspecify.annotations.NullMarked;
import th.km.core.KmStyle;
