/**
 * Stores that keep everything in memory: the fakes the tests of other modules use in place of the
 * database, held to the same contract tests as the database stores.
 */
@NullMarked
package th.km.persistence.memory;

import org.jspecify.annotations.NullMarked;
