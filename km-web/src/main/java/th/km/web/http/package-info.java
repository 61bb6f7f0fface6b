/**
 * HTTP plumbing shared by the pages and the JSON API: routes that must name who may use them,
 * errors turned into answers in one place (problem JSON for the API, a Thai page for people),
 * security headers and the choice of language.
 */
@NullMarked
package th.km.web.http;

import org.jspecify.annotations.NullMarked;
