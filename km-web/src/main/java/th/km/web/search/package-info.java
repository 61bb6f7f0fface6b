/**
 * Searches the knowledge base from the web: the JSON API, the results page of the organization's
 * knowledge base for signed-in accounts, and the public portal's results of published assets.
 */
@NullMarked
package th.km.web.search;

import org.jspecify.annotations.NullMarked;
