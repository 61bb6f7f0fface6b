/**
 * The Thai calendar: fiscal years (1 Oct – 30 Sep), the Buddhist era, Thai digits, Thai dates as
 * plans write them, holidays and due dates counted by the Civil and Commercial Code.
 */
@NullMarked
package th.km.core.calendar;

import org.jspecify.annotations.NullMarked;
