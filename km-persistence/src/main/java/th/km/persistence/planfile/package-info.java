/**
 * The canonical plan file: a KM plan as JSON in a documented format ({@code docs/plan-format.md},
 * {@code docs/plan.schema.json}), read and written by explicit code per type so that nothing of a
 * plan is lost and every malformed file is reported with its path, line and column.
 */
@NullMarked
package th.km.persistence.planfile;

import org.jspecify.annotations.NullMarked;
