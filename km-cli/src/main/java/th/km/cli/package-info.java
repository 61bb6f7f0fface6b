/**
 * The km command line: import, check, evaluate and report. Objects are wired here by hand; results
 * go to stdout, diagnostics to stderr, and errors become exit codes once, in {@link th.km.cli.Main}.
 */
@NullMarked
package th.km.cli;

import org.jspecify.annotations.NullMarked;
