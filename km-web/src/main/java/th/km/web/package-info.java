/** The km web server: the dashboard people use and the JSON API. */
@NullMarked
package th.km.web;

import org.jspecify.annotations.NullMarked;
