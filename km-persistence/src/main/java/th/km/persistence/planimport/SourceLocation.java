package th.km.persistence.planimport;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * Where a piece of text stood in the document it was read from, so that whatever the importer
 * cannot map is reported where a person finds it: a page and position in a PDF, a paragraph or a
 * table cell in a DOCX, a line in a text file.
 */
public sealed interface SourceLocation {

  /** The location in English, such as {@code page 3, y 412 pt, x 72 pt}. */
  String describe();

  /** The location in Thai, such as {@code หน้า 3 ตำแหน่ง y 412 pt x 72 pt}. */
  String describeTh();

  /**
   * A line of a text file.
   *
   * @param line 1-based
   */
  record TextLine(int line) implements SourceLocation {
    public TextLine {
      checkArgument(line >= 1, "line must be 1-based, got %s", line);
    }

    @Override
    public String describe() {
      return "line " + line;
    }

    @Override
    public String describeTh() {
      return "บรรทัด " + line;
    }
  }

  /**
   * A position on a PDF page, in points from the page's top-left corner.
   *
   * @param page 1-based
   * @param y the distance of the text's baseline (or the table row's top) from the page's top
   * @param x the distance of the text's left edge from the page's left edge
   */
  record PdfPosition(int page, float y, float x) implements SourceLocation {
    public PdfPosition {
      checkArgument(page >= 1, "page must be 1-based, got %s", page);
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "page %d, y %.0f pt, x %.0f pt", page, y, x);
    }

    @Override
    public String describeTh() {
      return String.format(Locale.ROOT, "หน้า %d ตำแหน่ง y %.0f pt x %.0f pt", page, y, x);
    }
  }

  /**
   * A paragraph of a DOCX body, counted over the body's paragraphs outside tables.
   *
   * @param paragraph 1-based
   */
  record DocxParagraph(int paragraph) implements SourceLocation {
    public DocxParagraph {
      checkArgument(paragraph >= 1, "paragraph must be 1-based, got %s", paragraph);
    }

    @Override
    public String describe() {
      return "paragraph " + paragraph;
    }

    @Override
    public String describeTh() {
      return "ย่อหน้าที่ " + paragraph;
    }
  }

  /**
   * A cell of a table in a DOCX body, each number 1-based; the cell counts grid columns, so a cell
   * after a merged one keeps the column it lines up with.
   *
   * @param table the table's number in the body
   * @param row the row in the table
   * @param cell the grid column; 0 stands for the row as a whole
   */
  record DocxCell(int table, int row, int cell) implements SourceLocation {
    public DocxCell {
      checkArgument(table >= 1 && row >= 1 && cell >= 0, "bad cell %s/%s/%s", table, row, cell);
    }

    @Override
    public String describe() {
      return "table " + table + ", row " + row + (cell == 0 ? "" : ", cell " + cell);
    }

    @Override
    public String describeTh() {
      return "ตารางที่ " + table + " แถวที่ " + row + (cell == 0 ? "" : " ช่องที่ " + cell);
    }
  }
}
