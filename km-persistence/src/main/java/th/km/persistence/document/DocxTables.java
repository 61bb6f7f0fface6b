package th.km.persistence.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a {@link DocBlock.Table} into a DOCX body: its captions as bold lines kept with it, fixed
 * column widths in proportion, and the header row marked to repeat at the top of each page
 * (w:tblHeader), so a table continued over pages reads as the reference plan's does.
 */
final class DocxTables {

  private DocxTables() {}

  static void add(XWPFDocument docx, DocBlock.Table t, int textWidth) {
    for (String caption : t.captions()) {
      XWPFParagraph p = docx.createParagraph();
      p.getCTP().addNewPPr();
      p.setKeepNext(true);
      p.setSpacingAfter(0);
      DocxRuns.text(p, caption, DocxRuns.BODY_POINTS, true);
    }
    int columns = t.header().size();
    int rows = 1 + t.rows().size();
    XWPFTable table = docx.createTable(rows, columns);
    table.setWidth(textWidth);
    CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW()
        ? table.getCTTbl().getTblPr().getTblW()
        : table.getCTTbl().getTblPr().addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(textWidth));
    table.getCTTbl().getTblPr().addNewTblLayout().setType(
        org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    int total = t.widths().stream().mapToInt(Integer::intValue).sum();
    int[] twips = new int[columns];
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int c = 0; c < columns; c++) {
      twips[c] = textWidth * t.widths().get(c) / total;
      grid.addNewGridCol().setW(BigInteger.valueOf(twips[c]));
    }
    int r = 0;
    XWPFTableRow header = table.getRow(r++);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < columns; c++) {
      XWPFTableCell cell = header.getCell(c);
      cell.setWidth(String.valueOf(twips[c]));
      fill(cell, t.header().get(c), true, ParagraphAlignment.CENTER);
    }
    for (List<String> values : t.rows()) {
      XWPFTableRow row = table.getRow(r++);
      row.setCantSplitRow(true);
      for (int c = 0; c < columns; c++) {
        XWPFTableCell cell = row.getCell(c);
        cell.setWidth(String.valueOf(twips[c]));
        fill(cell, values.get(c), false, ParagraphAlignment.LEFT);
      }
    }
    // A paragraph after the table keeps the next table or section break from joining it.
    docx.createParagraph();
  }

  private static void fill(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(align);
    p.setSpacingAfter(0);
    DocxRuns.text(p, text, DocxRuns.BODY_POINTS, bold);
  }
}
