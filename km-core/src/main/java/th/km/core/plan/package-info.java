/**
 * A KM plan (แผนการจัดการความรู้) as data: the organization, its committees, the fixed KM-process
 * and change-management taxonomies, Form 1, KM scopes, KM goals with their action-plan activities
 * and the monitoring rules. Every field keeps the plan's original Thai text verbatim.
 */
@KmStyle
@NullMarked
package th.km.core.plan;

import org.jspecify.annotations.NullMarked;
import th.km.core.KmStyle;
