/** One record of the year shown on its own, so that the records behind a number can be looked at. */
@NullMarked
package th.km.web.records;

import org.jspecify.annotations.NullMarked;
