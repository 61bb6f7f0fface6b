package th.km.persistence.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a plan's DOCX with Apache POI into the plan's text: each body paragraph a line (its list
 * number written out), each table row a line of tab-separated cells lined up on the table's grid (a
 * cell merged over columns followed by empty cells, a cell merged down repeating the cell above),
 * and the paragraphs of text boxes after the paragraph that anchors them. Headers and footers are
 * not read: they repeat the title and page numbers on every page.
 */
final class DocxExtractor {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final List<String> lines = new ArrayList<>();
  private final List<LineOrigin> origins = new ArrayList<>();
  private final DocxNumbering numbering;
  private int paragraphs;
  private int tables;

  private DocxExtractor(XWPFDocument document) {
    this.numbering = new DocxNumbering(document.getNumbering());
  }

  static ExtractedText extract(byte[] bytes, String fileName) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      DocxExtractor extractor = new DocxExtractor(document);
      for (IBodyElement element : document.getBodyElements()) {
        extractor.element(element);
      }
      if (extractor.lines.isEmpty()) {
        extractor.add("", new SourceLocation.DocxParagraph(1));
      }
      return new ExtractedText(
          DocumentFormat.DOCX, String.join("\n", extractor.lines), extractor.origins, List.of());
    } catch (IOException | RuntimeException e) {
      // A damaged Word file makes POI fail in many ways (IllegalArgumentException "Failed to read
      // data from input-stream", NotOfficeXmlFileException, POIXMLException, ...): all of them
      // say that this untrusted file cannot be read, never that km is broken.
      // POI's messages name its classes and settings (ZipSecureFile, InvalidFormatException):
      // the person is told what is wrong in their words, and --verbose shows the cause.
      boolean bomb = String.valueOf(e.getMessage()).contains("Zip bomb");
      throw new UnreadableDocumentException(
          "ไฟล์ " + fileName + " เป็นเอกสาร Word ที่เสียหาย อ่านไม่ได้"
              + (bomb ? " (ขยายออกได้ใหญ่เกินขนาดไฟล์มาก แบบ zip bomb)" : " (ส่วนประกอบภายในไฟล์อ่านไม่ได้)"),
          "file " + fileName + " is a damaged Word document"
              + (bomb
                  ? ": its parts inflate to far more than the file's size, as a zip bomb does"
                  : ": its zip container or its XML parts cannot be read"),
          e);
    }
  }

  private void element(IBodyElement element) {
    if (element instanceof XWPFParagraph p) {
      paragraphs++;
      SourceLocation where = new SourceLocation.DocxParagraph(paragraphs);
      for (String line : (numbering.label(p) + runText(p)).split("\n", -1)) {
        add(line.strip(), where);
      }
      for (String line : textBoxLines(p)) {
        add(line, where);
      }
    } else if (element instanceof XWPFTable t) {
      tables++;
      table(t);
    } else if (element instanceof XWPFSDT sdt) {
      paragraphs++;
      for (String line : sdt.getContent().getText().split("\n", -1)) {
        add(line.strip(), new SourceLocation.DocxParagraph(paragraphs));
      }
    }
  }

  /** The paragraph's own text: its runs, tabs kept; text boxes drawn in it are read apart. */
  private static String runText(XWPFParagraph p) {
    StringBuilder text = new StringBuilder();
    for (XWPFRun run : p.getRuns()) {
      text.append(run.text());
    }
    return text.toString();
  }

  /** The paragraphs of the text boxes anchored in a paragraph, each once. */
  private static List<String> textBoxLines(XWPFParagraph p) {
    List<String> out = new ArrayList<>();
    try (XmlCursor cursor = p.getCTP().newCursor()) {
      cursor.selectPath("declare namespace w='" + W + "' .//w:txbxContent");
      while (cursor.toNextSelection()) {
        if (insideFallback(cursor)) {
          continue;
        }
        try (XmlCursor box = cursor.getObject().newCursor()) {
          box.selectPath("declare namespace w='" + W + "' ./w:p");
          while (box.toNextSelection()) {
            String line = box.getTextValue().strip();
            if (!line.isEmpty()) {
              out.add(line);
            }
          }
        }
      }
    }
    return out;
  }

  /** Word writes a text box twice, as DrawingML and as a VML fallback: the fallback is skipped. */
  private static boolean insideFallback(XmlCursor at) {
    try (XmlCursor up = at.newCursor()) {
      while (up.toParent()) {
        if ("Fallback".equals(up.getName() == null ? null : up.getName().getLocalPart())) {
          return true;
        }
      }
    }
    return false;
  }

  private void table(XWPFTable table) {
    List<String> above = new ArrayList<>();
    int r = 0;
    for (XWPFTableRow row : table.getRows()) {
      r++;
      List<String> cells = new ArrayList<>();
      List<SourceLocation> where = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        int column = cells.size();
        CTTcPr pr = cell.getCTTc().getTcPr();
        String text = cellText(cell);
        if (pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() != STMerge.RESTART) {
          text = column < above.size() ? above.get(column) : "";
        }
        int span = 1;
        if (pr != null && pr.isSetGridSpan()) {
          BigInteger val = pr.getGridSpan().getVal();
          span = val == null ? 1 : Math.max(1, val.intValue());
        }
        for (int s = 0; s < span; s++) {
          cells.add(s == 0 ? text : "");
          where.add(new SourceLocation.DocxCell(tables, r, column + 1));
        }
      }
      above = cells;
      if (cells.stream().allMatch(String::isEmpty)) {
        continue;
      }
      lines.add(String.join("\t", cells));
      origins.add(new LineOrigin(new SourceLocation.DocxCell(tables, r, 0), where));
    }
  }

  /** A cell's paragraphs, numbered as shown, joined into one line. */
  private String cellText(XWPFTableCell cell) {
    StringBuilder text = new StringBuilder();
    for (XWPFParagraph p : cell.getParagraphs()) {
      String line = (numbering.label(p) + runText(p)).replace('\n', ' ').replace('\t', ' ').strip();
      if (!line.isEmpty()) {
        text.append(text.isEmpty() ? "" : " ").append(line);
      }
    }
    return text.toString();
  }

  private void add(String line, SourceLocation where) {
    lines.add(line);
    origins.add(LineOrigin.of(where));
  }
}
