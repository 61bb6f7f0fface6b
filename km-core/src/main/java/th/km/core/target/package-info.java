/**
 * Reads the target (เป้าหมาย) of a plan activity, written in Thai prose, as a count, a percentage,
 * coverage of every member of a set, or a target that cannot be measured.
 */
@NullMarked
package th.km.core.target;

import org.jspecify.annotations.NullMarked;
