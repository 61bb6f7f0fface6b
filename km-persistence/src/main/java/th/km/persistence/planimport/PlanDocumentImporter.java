package th.km.persistence.planimport;

import java.util.ArrayList;
import java.util.List;
import th.km.core.textimport.ImportIssue;
import th.km.core.textimport.ImportOptions;
import th.km.core.textimport.ImportResult;
import th.km.core.textimport.PlanTextImporter;

/**
 * Imports a KM plan from the document a municipality has (a PDF, a DOCX or a text file), for the
 * command line and the web upload alike.
 *
 * <p>Give it the file's bytes and its name (the name only appears in messages: the format is told
 * by the content), and it returns a {@link PlanDocumentImport}: the plan when it has goals and
 * activities, else a {@link PlanDocumentImport.Refusal}; every issue of the importer with where it
 * stands in the document ({@link SourceLocation}: a PDF's page and position, a DOCX's paragraph or
 * table cell, a text file's line); the Thai repairs made on a PDF's text; and the one-line {@link
 * th.km.core.textimport.ImportSummary}. It writes nothing and keeps nothing. A document that is not
 * one of the three formats, is too large, damaged, password-protected, or a PDF without a text layer
 * (a scan: there is no OCR) throws {@link UnreadableDocumentException} with a Thai and an English
 * message naming the file.
 *
 * <pre>{@code
 * PlanDocumentImport read = PlanDocumentImporter.importDocument(bytes, "แผน KM.pdf", ImportOptions.defaults());
 * read.plan().ifPresentOrElse(plan -> show(plan, read.issues()), () -> refuse(read.refusal().get()));
 * }</pre>
 */
public final class PlanDocumentImporter {

  /** The largest document accepted: plans with photographs stay well under it. */
  public static final int MAX_BYTES = 30 * 1024 * 1024;

  private PlanDocumentImporter() {}

  /** Reads, imports and locates; see the class comment. */
  public static PlanDocumentImport importDocument(
      byte[] bytes, String fileName, ImportOptions options) {
    ExtractedText source = extract(bytes, fileName);
    ImportResult result = PlanTextImporter.importText(source.text(), options);
    List<LocatedIssue> located = new ArrayList<>();
    String[] lines = source.text().split("\n", -1);
    for (ImportIssue issue : result.issues()) {
      located.add(new LocatedIssue(issue, locate(source, lines, issue)));
    }
    return new PlanDocumentImport(source, result, located);
  }

  /** The document's text as the text importer reads it, with the origin of every line. */
  public static ExtractedText extract(byte[] bytes, String fileName) {
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableDocumentException(
          "ไฟล์ " + fileName + " ใหญ่เกิน " + MAX_BYTES / (1024 * 1024) + " MB",
          "file " + fileName + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    return switch (FormatSniffer.sniff(bytes, fileName)) {
      case PDF -> PdfExtractor.extract(bytes, fileName);
      case DOCX -> DocxExtractor.extract(bytes, fileName);
      case TEXT -> text(bytes, fileName);
    };
  }

  private static ExtractedText text(byte[] bytes, String fileName) {
    String text =
        TextDecoding.decode(bytes)
            .orElseThrow(
                () ->
                    new UnreadableDocumentException(
                        "ไฟล์ " + fileName + " ไม่ใช่ข้อความ UTF-8 หรือ TIS-620",
                        "file " + fileName + " is neither UTF-8 nor TIS-620 text"));
    int count = text.split("\n", -1).length;
    List<LineOrigin> origins = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      origins.add(LineOrigin.of(new SourceLocation.TextLine(i)));
    }
    return new ExtractedText(DocumentFormat.TEXT, text, origins, List.of());
  }

  /** The cell the issue quotes when its line is a table row, else the line. */
  private static SourceLocation locate(ExtractedText source, String[] lines, ImportIssue issue) {
    LineOrigin origin = source.origin(issue.line());
    if (origin.cells().isEmpty() || issue.line() > lines.length) {
      return origin.line();
    }
    String quoted = issue.text().endsWith("…")
        ? issue.text().substring(0, issue.text().length() - 1)
        : issue.text();
    String[] cells = lines[issue.line() - 1].split("\t", -1);
    for (int c = 0; c < cells.length && c < origin.cells().size(); c++) {
      String cell = cells[c].strip();
      if (!cell.isEmpty() && !quoted.isEmpty() && (cell.startsWith(quoted) || quoted.equals(cell))) {
        return origin.cells().get(c);
      }
    }
    return origin.line();
  }
}
