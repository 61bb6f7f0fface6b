/**
 * Where the plan stands: the overview of goals and activities with their indicators' statuses, the
 * chart by KM step and change element, the detail of one indicator with the records it counted, the
 * public page of an organization's year, and the results resources of the JSON API.
 */
@NullMarked
package th.km.web.results;

import org.jspecify.annotations.NullMarked;
