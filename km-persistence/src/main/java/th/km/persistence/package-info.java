/**
 * Stores KM plans and the records of the year: the canonical plan file (JSON) and the database.
 * Infrastructure failures surface as {@link th.km.persistence.PersistenceException}.
 */
@NullMarked
package th.km.persistence;

import org.jspecify.annotations.NullMarked;
