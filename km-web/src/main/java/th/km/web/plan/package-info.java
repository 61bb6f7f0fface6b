/**
 * The pages and API resources that show a plan as written: the committees, Form 1's knowledge map
 * by division, the KM scopes and the action plan by fiscal month.
 */
@NullMarked
package th.km.web.plan;

import org.jspecify.annotations.NullMarked;
