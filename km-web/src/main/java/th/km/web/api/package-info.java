/**
 * The OpenAPI 3.1 document of the JSON API, made from the routes the server registered and the
 * schemas written by hand beside them, so that no route of the API can be left out of it.
 */
@NullMarked
package th.km.web.api;

import org.jspecify.annotations.NullMarked;
