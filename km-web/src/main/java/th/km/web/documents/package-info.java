/**
 * The documents the web offers for download, made from the same data as the pages: the KM plan as
 * PDF, DOCX or HTML for the signed-in staff, the published (approved) plan's PDF on the public page,
 * and the M&amp;E report to the mayor, through {@code th.km.persistence.report}.
 */
@KmStyle
@NullMarked
package th.km.web.documents;

import org.jspecify.annotations.NullMarked;
import th.km.core.KmStyle;
