package th.km.web.planimport;

import java.util.Locale;
import th.km.core.textimport.ImportIssue;
import th.km.persistence.planimport.LocatedIssue;

/**
 * A part of the document the importer could not map, or mapped by a guess a person should check,
 * with where it stands in the document (a PDF's page and position, a DOCX's paragraph or table
 * cell, a text file's line).
 *
 * @param text the document's text concerned, shortened
 * @param location where it stands, in English ("line 12", "page 3", "table 2, row 4, cell 3")
 * @param locationTh the same place in Thai
 * @param severity error, warning or info
 * @param messageTh what is wrong, in Thai
 * @param messageEn what is wrong, in English
 */
public record NotUnderstood(
    String text,
    String location,
    String locationTh,
    String severity,
    String messageTh,
    String messageEn) {

  /** An issue of the importer, placed in the document it read. */
  public static NotUnderstood of(LocatedIssue located) {
    ImportIssue issue = located.issue();
    return new NotUnderstood(
        issue.text(),
        located.location().describe(),
        located.location().describeTh(),
        issue.severity().name().toLowerCase(Locale.ROOT),
        issue.messageTh(),
        issue.messageEn());
  }
}
