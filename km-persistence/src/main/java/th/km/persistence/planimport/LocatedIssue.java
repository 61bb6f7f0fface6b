package th.km.persistence.planimport;

import th.km.core.textimport.ImportIssue;

/**
 * An issue of the text importer with where it stands in the document the text came from: the page
 * and position of a PDF, the paragraph or table cell of a DOCX, the line of a text file.
 *
 * @param issue the importer's issue; its line is a line of the extracted text
 * @param location where that line (or the cell the issue is about) stands in the document
 */
public record LocatedIssue(ImportIssue issue, SourceLocation location) {

  /** "page 3, y 412 pt, x 72 pt: WARNING: … / … [text]" for a person reading a log. */
  @Override
  public String toString() {
    return location.describe()
        + ": "
        + issue.severity()
        + ": "
        + issue.messageEn()
        + " / "
        + issue.messageTh()
        + " ["
        + issue.text()
        + "]";
  }
}
