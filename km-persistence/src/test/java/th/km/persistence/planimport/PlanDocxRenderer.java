package th.km.persistence.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a plan's text as a municipality's Word file would hold it (for the round-trip tests and
 * the benchmark): landscape A4 in Laksaman (TH Sarabun's metrics) at 14 pt, lines that start with a
 * number as Word list paragraphs, lines that start with "- " as bullets, short lines before a blank
 * line as bold headings, runs of tab-separated lines as ruled tables (a row with one filled cell
 * merged over the table, the rows up to the column header repeated on each page) and a page break
 * before a table whose header the text repeats.
 */
final class PlanDocxRenderer {

  static final String FONT = "Laksaman";
  private static final int HALF_POINTS = 28;
  private static final int PAGE_WIDTH = 16838;
  private static final int PAGE_HEIGHT = 11906;
  private static final int MARGIN = 1134;
  private static final Pattern NUMBERED = Pattern.compile("^([0-9]{1,2}|[๐-๙]{1,2})\\. (\\S.*)$");

  private final XWPFDocument document = new XWPFDocument();
  private final DocxLists lists = new DocxLists(document);
  private final Set<String> headers = new HashSet<>();

  private PlanDocxRenderer() {}

  /** The text as a DOCX file's bytes. */
  static byte[] render(String text) {
    PlanDocxRenderer renderer = new PlanDocxRenderer();
    renderer.landscape();
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("\t")) {
        List<String> block = new ArrayList<>();
        while (i < lines.length && lines[i].contains("\t")) {
          block.add(lines[i++]);
        }
        i--;
        renderer.table(block);
      } else {
        boolean heading =
            !lines[i].isBlank() && lines[i].length() < 60 && (i + 1 == lines.length || lines[i + 1].isBlank());
        renderer.paragraph(lines[i].strip(), heading);
      }
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      renderer.document.write(out);
      renderer.document.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void landscape() {
    CTSectPr sect = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.LANDSCAPE);
    CTPageMar margins = sect.addNewPgMar();
    for (BigInteger m : List.of(BigInteger.valueOf(MARGIN))) {
      margins.setTop(m);
      margins.setBottom(m);
      margins.setLeft(m);
      margins.setRight(m);
    }
  }

  private void paragraph(String line, boolean heading) {
    XWPFParagraph p = document.createParagraph();
    p.setSpacingAfter(60);
    paragraphMarkSize(p);
    Matcher numbered = NUMBERED.matcher(line);
    String text = line;
    if (numbered.matches()) {
      String number = numbered.group(1);
      lists.number(p, Integer.parseInt(arabic(number)), number.charAt(0) >= '๐');
      text = numbered.group(2);
    } else if (line.startsWith("- ") && line.length() > 2) {
      lists.bullet(p);
      text = line.substring(2);
    }
    if (!text.isEmpty()) {
      run(p, text, heading);
    }
  }

  private void table(List<String> block) {
    List<String[]> rows = new ArrayList<>();
    int columns = 1;
    for (String line : block) {
      String[] cells = line.split("\t", -1);
      rows.add(cells);
      columns = Math.max(columns, cells.length);
    }
    int headerRows = 0;
    String header = null;
    for (String[] row : rows) {
      headerRows++;
      if (filled(row) > 1) {
        header = String.join("\t", row).strip();
        break;
      }
    }
    if (header != null && !headers.add(header)) {
      XWPFParagraph br = document.createParagraph();
      br.createRun().addBreak(BreakType.PAGE);
    }
    int[] widths = widths(rows, columns);
    XWPFTable table = document.createTable(rows.size(), columns);
    CTTblLayoutType layout = table.getCTTbl().getTblPr().addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    for (int r = 0; r < rows.size(); r++) {
      String[] cells = rows.get(r);
      XWPFTableRow row = table.getRow(r);
      row.setCantSplitRow(true);
      if (header != null && r < headerRows && headerRows < rows.size()) {
        row.setRepeatHeader(true);
      }
      boolean merged = filled(cells) == 1 && !cells[0].isBlank() && columns > 1;
      if (merged) {
        while (row.getTableCells().size() > 1) {
          row.removeCell(1);
        }
        CTTcPr pr = tcPr(row.getCell(0));
        pr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        width(pr, PAGE_WIDTH - 2 * MARGIN);
        cell(row.getCell(0), cells[0]);
        continue;
      }
      for (int c = 0; c < columns; c++) {
        width(tcPr(row.getCell(c)), widths[c]);
        cell(row.getCell(c), c < cells.length ? cells[c] : "");
      }
    }
  }

  private static int filled(String[] cells) {
    int n = 0;
    for (String c : cells) {
      n += c.isBlank() ? 0 : 1;
    }
    return n;
  }

  private static int[] widths(List<String[]> rows, int columns) {
    int[] weight = new int[columns];
    for (String[] row : rows) {
      if (filled(row) < 2) {
        continue;
      }
      for (int c = 0; c < row.length; c++) {
        weight[c] = Math.max(weight[c], Math.min(40, row[c].strip().length()));
      }
    }
    int total = 0;
    for (int c = 0; c < columns; c++) {
      weight[c] = Math.max(weight[c], 6);
      total += weight[c];
    }
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = (PAGE_WIDTH - 2 * MARGIN) * weight[c] / total;
    }
    return widths;
  }

  private void cell(XWPFTableCell cell, String text) {
    XWPFParagraph p = cell.getParagraphs().getFirst();
    p.setSpacingAfter(0);
    paragraphMarkSize(p);
    if (!text.isBlank()) {
      run(p, text.strip(), false);
    }
  }

  private static CTTcPr tcPr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  private static void width(CTTcPr pr, int twips) {
    var w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(twips));
  }

  private static void run(XWPFParagraph p, String text, boolean bold) {
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setBold(bold);
    CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    if (bold) {
      // Thai is a complex script: Word's Bold button sets b and bCs, and b alone leaves Thai plain.
      pr.addNewBCs();
    }
    CTFonts fonts = pr.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    pr.addNewSz().setVal(BigInteger.valueOf(HALF_POINTS));
    pr.addNewSzCs().setVal(BigInteger.valueOf(HALF_POINTS));
  }

  private static void paragraphMarkSize(XWPFParagraph p) {
    var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTParaRPr rpr = ppr.isSetRPr() ? ppr.getRPr() : ppr.addNewRPr();
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setCs(FONT);
    rpr.addNewSz().setVal(BigInteger.valueOf(HALF_POINTS));
    rpr.addNewSzCs().setVal(BigInteger.valueOf(HALF_POINTS));
  }

  private static String arabic(String digits) {
    StringBuilder out = new StringBuilder();
    for (char c : digits.toCharArray()) {
      out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
    }
    return out.toString();
  }
}
