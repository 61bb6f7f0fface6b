/**
 * The knowledge base in the database: versions of each asset's content, their moves through the
 * workflow and the files attached, written beside the asset's record of the year and audited.
 */
@KmStyle
@NullMarked
package th.km.persistence.knowledge;

import org.jspecify.annotations.NullMarked;
import th.km.core.KmStyle;
