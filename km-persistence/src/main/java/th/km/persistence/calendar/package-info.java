/**
 * Holiday files: the bundled list of Thai government holidays and the user's own files, plain or
 * iCalendar, read into the core's {@link th.km.core.calendar.HolidayCalendar}.
 */
@NullMarked
package th.km.persistence.calendar;

import org.jspecify.annotations.NullMarked;
