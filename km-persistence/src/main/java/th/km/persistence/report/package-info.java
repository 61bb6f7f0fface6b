/**
 * The M&amp;E report to the mayor ({@link th.km.core.report.MonitoringReport}) as files: a document
 * for the shared DOCX/PDF layer of {@code th.km.persistence.document}, and a workbook of real cells.
 */
@KmStyle
@NullMarked
package th.km.persistence.report;

import org.jspecify.annotations.NullMarked;
import th.km.core.KmStyle;
