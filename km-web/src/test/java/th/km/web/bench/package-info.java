/**
 * The benchmark of the dashboard and the results API against a hello-world route of the same
 * server, run by {@code ./km-bench}; it lives with the tests so that it never ships.
 */
@NullMarked
package th.km.web.bench;

import org.jspecify.annotations.NullMarked;
