package th.km.persistence.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** A DOCX's numbering, merged cells and text boxes become the text form; headers do not. */
class DocxExtractorTest {

  @Test
  void listNumbersAreWrittenOutInTheirFormat() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxLists lists = new DocxLists(doc);
      for (String[] item : new String[][] {{"3", "a"}, {"๑", "ข"}}) {
        XWPFParagraph p = doc.createParagraph();
        lists.number(p, Integer.parseInt(item[0].equals("๑") ? "1" : item[0]), item[0].equals("๑"));
        p.createRun().setText(item[1]);
      }
      XWPFParagraph bullet = doc.createParagraph();
      lists.bullet(bullet);
      bullet.createRun().setText("ค");
      assertEquals(List.of("3. a", "๑. ข", "- ค"), lines(doc));
    }
  }

  @Test
  void mergedCellsLineUpAndACellMergedDownRepeatsTheCellAbove() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFTable table = doc.createTable(3, 3);
      table.getRow(0).getCell(0).setText("หัวเรื่องที่ผสานสามช่อง");
      table.getRow(0).removeCell(2);
      table.getRow(0).removeCell(1);
      table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
      String[][] cells = {{"1", "กิจกรรม", "กองคลัง"}, {"2", "กิจกรรมสอง", ""}};
      for (int r = 0; r < 2; r++) {
        for (int c = 0; c < 3; c++) {
          table.getRow(r + 1).getCell(c).setText(cells[r][c]);
        }
      }
      XWPFTableCell top = table.getRow(1).getCell(2);
      top.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
      table.getRow(2).getCell(2).getCTTc().addNewTcPr().addNewVMerge();
      ExtractedText read = extract(doc);
      assertEquals("หัวเรื่องที่ผสานสามช่อง\t\t\n1\tกิจกรรม\tกองคลัง\n2\tกิจกรรมสอง\tกองคลัง", read.text());
      assertEquals("table 1, row 3", read.origin(3).line().describe());
      assertEquals("table 1, row 3, cell 2", read.origin(3).cells().get(1).describe());
    }
  }

  @Test
  void textBoxesAreReadOnceAndHeadersAreNot() throws IOException, XmlException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("หน้า ๑ จาก ๓");
      doc.createParagraph().createRun().setText("คำนำ");
      CTP boxed = CTP.Factory.parse(
          "<w:p xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'"
              + " xmlns:v='urn:schemas-microsoft-com:vml'><w:r><w:t>ก่อนกล่อง</w:t></w:r>"
              + "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
              + "<w:p><w:r><w:t>คณะทำงานจัดการความรู้</w:t></w:r></w:p>"
              + "<w:p><w:r><w:t>1. นายก</w:t></w:r></w:p>"
              + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>",
          new XmlOptions().setLoadReplaceDocumentElement(null));
      doc.getDocument().getBody().addNewP().set(boxed);
      List<String> lines = lines(doc);
      assertEquals(List.of("คำนำ", "ก่อนกล่อง", "คณะทำงานจัดการความรู้", "1. นายก"), lines);
      assertFalse(lines.contains("หน้า ๑ จาก ๓"));
    }
  }

  private static List<String> lines(XWPFDocument doc) throws IOException {
    return List.of(extract(doc).text().split("\n", -1));
  }

  private static ExtractedText extract(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    ExtractedText read = PlanDocumentImporter.extract(out.toByteArray(), "plan.docx");
    assertEquals(DocumentFormat.DOCX, read.format());
    return read;
  }
}
