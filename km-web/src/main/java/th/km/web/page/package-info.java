/**
 * What every page shares: the model the layout reads (language, account, navigation, CSRF token)
 * and the precompiled jte templates, which escape every value they print.
 */
@NullMarked
package th.km.web.page;

import org.jspecify.annotations.NullMarked;
