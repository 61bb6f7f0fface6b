/**
 * Ports through which the domain keeps its data: the interfaces that the stores in km-persistence
 * implement (a database, an in-memory fake), with the values they take and give. No storage
 * technology appears here.
 */
@NullMarked
package th.km.core.store;

import org.jspecify.annotations.NullMarked;
