/**
 * What the web server keeps between requests so that a request repeated reads no database: the
 * accounts, the years of each organization, and the rendered bytes of pages and JSON answers, each
 * valid for one count of the database's writes.
 */
@NullMarked
package th.km.web.cache;

import org.jspecify.annotations.NullMarked;
