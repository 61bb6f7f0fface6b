/**
 * The national and province pages, their JSON API and their downloads: each organization's status
 * counts and their roll-ups, read from the batch evaluation that {@code km evaluate --all --store}
 * kept, so that no request evaluates or scans records. Public, as each organization's public page.
 */
@NullMarked
package th.km.web.national;

import org.jspecify.annotations.NullMarked;
