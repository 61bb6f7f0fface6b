/**
 * The knowledge assets (องค์ความรู้) of a year by division and kind: how far each has come, where it
 * is published and how often it was accessed.
 */
@NullMarked
package th.km.web.assets;

import org.jspecify.annotations.NullMarked;
