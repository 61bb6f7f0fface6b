/**
 * The documents the server hands out: the KM plan as PDF, DOCX or HTML for the signed-in staff,
 * and the published (approved) plan's PDF on the public page.
 */
@NullMarked
package th.km.web.documents;

import org.jspecify.annotations.NullMarked;
