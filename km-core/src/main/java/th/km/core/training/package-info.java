/**
 * The trainings of a year and their post-training reports (รายงานผลการฝึกอบรม) as of a day: each
 * report's due day and where it stands, for the page that lists them and the table that exports
 * them.
 */
@NullMarked
package th.km.core.training;

import org.jspecify.annotations.NullMarked;
