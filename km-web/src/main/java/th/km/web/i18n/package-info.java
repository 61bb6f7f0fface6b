/**
 * The languages of the web pages: Thai by default, English on request, every string a person reads
 * in one bundle per language, and dates in the Buddhist era.
 */
@NullMarked
package th.km.web.i18n;

import org.jspecify.annotations.NullMarked;
