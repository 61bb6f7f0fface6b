/**
 * The download of the dashboard's tables as XLSX or CSV, each with the same cells as {@code km
 * export-table} gives and the same roles as the page that shows the table.
 */
@NullMarked
package th.km.web.tables;

import org.jspecify.annotations.NullMarked;
