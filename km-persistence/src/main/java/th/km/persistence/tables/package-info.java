/**
 * The tables the dashboard shows (results, trainings, assets, findings, Form 1, the action plan),
 * defined once with their Thai and English headers and built from a plan, its records and its
 * evaluation as of a day, so that the web's download and the command line's export give the same
 * cells; and their writers to XLSX and to CSV.
 */
@NullMarked
package th.km.persistence.tables;

import org.jspecify.annotations.NullMarked;
