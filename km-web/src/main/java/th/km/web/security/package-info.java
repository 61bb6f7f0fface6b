/**
 * Who may do what: sign-in with hashed passwords and a per-account throttle, sessions, the access
 * rule of every route checked on the server, CSRF tokens on every form and the security headers.
 */
@NullMarked
package th.km.web.security;

import org.jspecify.annotations.NullMarked;
