/** Tests of what the web server keeps between requests. */
@NullMarked
package th.km.web.cache;

import org.jspecify.annotations.NullMarked;
