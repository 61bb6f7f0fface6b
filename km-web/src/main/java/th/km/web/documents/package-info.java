/**
 * The documents the web offers for download, made from the same data as the pages: the M&amp;E
 * report to the mayor, through {@code th.km.persistence.report}.
 */
@KmStyle
@NullMarked
package th.km.web.documents;

import org.jspecify.annotations.NullMarked;
import th.km.core.KmStyle;
