/**
 * Plans in from the documents municipalities have: a PDF, a DOCX or a text file is told apart by
 * its content, turned into the tab-separated text the core's text importer reads (each line keeping
 * where it stood in the document), and imported. {@link th.km.persistence.planimport.PlanDocumentImporter}
 * is the entry point for the command line and the web.
 */
@NullMarked
package th.km.persistence.planimport;

import org.jspecify.annotations.NullMarked;
