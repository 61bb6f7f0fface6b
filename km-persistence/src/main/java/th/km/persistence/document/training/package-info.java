/**
 * The post-training report form (แบบรายงานผลการฝึกอบรม) of one person's training, pre-filled from
 * the training and staff records with its deadline and its sign-off chain up to the head of the
 * organization, as the plan's monitoring rule requires.
 */
@NullMarked
package th.km.persistence.document.training;

import org.jspecify.annotations.NullMarked;
