/**
 * Shared fuzz support: a seeded run (seed printed, count and seed overridable with system
 * properties), generators that turn valid inputs into malformed ones, and the checks that every
 * answer to them must pass. Published in km-core's test-jar.
 */
@NullMarked
package th.km.core.testing.fuzz;

import org.jspecify.annotations.NullMarked;
