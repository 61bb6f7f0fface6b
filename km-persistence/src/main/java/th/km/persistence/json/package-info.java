/**
 * What the plan file and the records folder share in reading JSON: the Thai and English words
 * their messages use for a value that is not what a field wants.
 */
@NullMarked
package th.km.persistence.json;

import org.jspecify.annotations.NullMarked;
