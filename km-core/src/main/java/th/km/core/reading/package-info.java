/**
 * Reading the knowledge base (การเข้าถึงองค์ความรู้): reads that count themselves once per reader
 * per day as access events, mandatory reading with its acknowledgements, and the links of assets to
 * the training reports and plan activities they came from. Ports here; the database implements them.
 */
@KmStyle
@NullMarked
package th.km.core.reading;

import org.jspecify.annotations.NullMarked;
import th.km.core.KmStyle;
