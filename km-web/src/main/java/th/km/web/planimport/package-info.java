/**
 * Import of a plan document in the web: the upload page, the review page where the reader corrects
 * what was read before it is saved as a new draft version, and the API route that reads a document
 * and writes nothing.
 */
@NullMarked
package th.km.web.planimport;

import org.jspecify.annotations.NullMarked;
