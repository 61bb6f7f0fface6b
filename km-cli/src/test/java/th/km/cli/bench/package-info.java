/**
 * The batch-evaluation benchmark of {@code ./km-bench evaluate}: {@code km evaluate --all} against
 * the same indicators as DuckDB SQL and as a hand-coded loop over primitive arrays of the same rows.
 */
@NullMarked
package th.km.cli.bench;

import org.jspecify.annotations.NullMarked;
