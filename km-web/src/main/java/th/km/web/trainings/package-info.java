/**
 * Trainings and their post-training reports (รายงานผลการฝึกอบรม): the due day counted by the Civil
 * and Commercial Code, whether the report came on time, late or not at all, and how far it has
 * been signed up the chain of command to the mayor; the overdue ones first.
 */
@NullMarked
package th.km.web.trainings;

import org.jspecify.annotations.NullMarked;
