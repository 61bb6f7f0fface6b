/**
 * What each account has to do ("my tasks"): the page, the iCalendar feed of its due days, and the
 * daily e-mail digest, all from one list computed on the year as stored.
 */
@NullMarked
package th.km.web.tasks;

import org.jspecify.annotations.NullMarked;
