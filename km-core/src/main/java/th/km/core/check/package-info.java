/**
 * The plan checker: finds the defects real plans carry (a misspelt organization name, a day that
 * does not exist, a decree cited with two years, an activity named unlike its KM step, targets that
 * cannot be measured) and reports each with where it is, in Thai and English.
 */
@NullMarked
package th.km.core.check;

import org.jspecify.annotations.NullMarked;
