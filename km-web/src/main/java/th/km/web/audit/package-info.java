/** The audit page: who changed what in the organization's data, when, and from where. */
@NullMarked
package th.km.web.audit;

import org.jspecify.annotations.NullMarked;
