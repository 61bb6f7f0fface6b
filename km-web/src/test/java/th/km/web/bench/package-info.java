/**
 * The baselines and benchmarks that {@code ./km-bench} runs: the bare Javalin and bare JVM
 * hello-worlds km's server and command line are measured against, and the documents benchmark. They
 * live with the tests so that they never ship.
 */
@NullMarked
package th.km.web.bench;

import org.jspecify.annotations.NullMarked;
