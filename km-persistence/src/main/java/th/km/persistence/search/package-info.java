/**
 * Searches the knowledge base in Thai: a Lucene index of the assets' text and their attachments'
 * text, broken into Thai words the same way for the index and the query, with Thai and Arabic
 * digits folded together, ranked hits with highlighted snippets, and filters by who may read what.
 */
@NullMarked
package th.km.persistence.search;

import org.jspecify.annotations.NullMarked;
