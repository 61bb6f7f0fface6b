/** The secretary's view of the organization's accounts. */
@NullMarked
package th.km.web.account;

import org.jspecify.annotations.NullMarked;
