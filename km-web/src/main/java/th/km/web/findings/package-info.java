/** The plan checker's findings on the plan, most severe first, on a page and in the JSON API. */
@NullMarked
package th.km.web.findings;

import org.jspecify.annotations.NullMarked;
