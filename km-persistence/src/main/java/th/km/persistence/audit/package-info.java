/**
 * Writes entries of the audit log from inside the transaction of the change they record, for every
 * store of km-persistence, so that a change and its entry are committed together or not at all.
 */
@NullMarked
package th.km.persistence.audit;

import org.jspecify.annotations.NullMarked;
