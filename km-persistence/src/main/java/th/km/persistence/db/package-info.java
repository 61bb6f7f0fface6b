/**
 * The database: opening H2 or PostgreSQL from a JDBC URL, migrating it with Flyway, and the stores
 * that keep plans in it through jOOQ. jOOQ's types stay inside this module; the stores implement
 * the ports of {@code th.km.core.store} and map rows to core types explicitly.
 */
@NullMarked
package th.km.persistence.db;

import org.jspecify.annotations.NullMarked;
