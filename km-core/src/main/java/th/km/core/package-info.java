/** km-core: the pure domain of a Thai local government's KM plan. No I/O, no clock reads. */
@NullMarked
package th.km.core;

import org.jspecify.annotations.NullMarked;
