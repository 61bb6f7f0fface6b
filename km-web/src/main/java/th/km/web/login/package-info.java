/** Signing in and out, on the login page and through the JSON API's session resource. */
@NullMarked
package th.km.web.login;

import org.jspecify.annotations.NullMarked;
