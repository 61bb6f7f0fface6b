/**
 * The KM plan as the document a municipality signs and publishes: the announcement, the preface and
 * contents, the plan's prose and committees, and Form 1, the KM scope and the action plan as
 * landscape tables, all made from a {@link th.km.core.plan.KmPlan}.
 */
@NullMarked
package th.km.persistence.document.plan;

import org.jspecify.annotations.NullMarked;
