/**
 * One organization's fiscal year as the pages and the API show it: the year found from the
 * request, evaluated once per day and kept in a cache that writes invalidate, with the views
 * derived from the evaluation kept beside it.
 */
@NullMarked
package th.km.web.year;

import org.jspecify.annotations.NullMarked;
