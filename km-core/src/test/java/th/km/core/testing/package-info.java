/**
 * Shared test support for every module: seeded generators of random valid domain values for
 * property tests. Published in km-core's test-jar.
 */
@NullMarked
package th.km.core.testing;

import org.jspecify.annotations.NullMarked;
