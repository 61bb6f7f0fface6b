/**
 * E-mail over SMTP: where the server sends it ({@code km serve --smtp} or {@code KM_SMTP}) and the
 * daily digest of what is due that each account with an address receives.
 */
@NullMarked
package th.km.web.mail;

import org.jspecify.annotations.NullMarked;
