/**
 * Official Thai documents made from km's data: a small document model (announcement, headings,
 * lists, tables whose header repeats, landscape sections, signatures, contents) and its renderers
 * to HTML, DOCX and PDF with Thai official typography.
 */
@NullMarked
package th.km.persistence.document;

import org.jspecify.annotations.NullMarked;
