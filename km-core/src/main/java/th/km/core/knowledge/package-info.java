/**
 * The knowledge base (คลังความรู้): the content of a knowledge asset in versions, its attachments,
 * and the workflow from draft to published that decides who may move it and who may read it.
 */
@KmStyle
@NullMarked
package th.km.core.knowledge;

import org.jspecify.annotations.NullMarked;
import th.km.core.KmStyle;
