package th.km.persistence.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import th.km.persistence.PersistenceException;

/**
 * Writes a {@link th.km.persistence.document.Document} as DOCX with Apache POI: A4 sections
 * portrait or landscape with the official margins, every run in TH Sarabun New 16 pt with its Thai
 * complex-script properties ({@link DocxRuns}), tables whose caption and header rows repeat on
 * every page (w:tblHeader), a page number (PAGE field) in the footer, and a contents list of PAGEREF
 * fields to bookmarks on the headings, which Word updates on opening.
 */
public final class DocxDocumentWriter {

  private DocxDocumentWriter() {}

  /** The DOCX bytes of the document, its contents list without cached page numbers. */
  public static byte[] write(th.km.persistence.document.Document doc) {
    return write(doc, List.of());
  }

  /**
   * The DOCX bytes of the document.
   *
   * @param headingPages the page of each listed heading, in order, cached in the contents fields
   */
  public static byte[] write(
      th.km.persistence.document.Document doc, List<@Nullable Integer> headingPages) {
    try (XWPFDocument docx = new XWPFDocument()) {
      docx.getProperties().getCoreProperties().setTitle(doc.title());
      docx.getSettings().setUpdateFields();
      XWPFHeaderFooterPolicy policy = docx.createHeaderFooterPolicy();
      XWPFFooter footer = policy.createFooter(STHdrFtr.DEFAULT);
      XWPFParagraph pageNumber = footer.createParagraph();
      pageNumber.setAlignment(ParagraphAlignment.CENTER);
      DocxRuns.field(
          pageNumber,
          doc.digits() == Digits.THAI ? "PAGE \\* ThaiArabic" : "PAGE",
          "1",
          DocxRuns.BODY_POINTS);
      String footerId = docx.getRelationId(footer);
      DocxBlocks blocks = new DocxBlocks(docx, doc, headingPages);
      List<DocSection> sections = doc.sections();
      for (int i = 0; i < sections.size(); i++) {
        DocSection section = sections.get(i);
        for (DocBlock block : section.blocks()) {
          blocks.add(block, section.landscape());
        }
        CTSectPr sect;
        if (i < sections.size() - 1) {
          // A section's properties sit in its last paragraph; the body's own are the last section's.
          XWPFParagraph end = docx.createParagraph();
          sect = end.getCTP().addNewPPr().addNewSectPr();
        } else {
          CTSectPr body = docx.getDocument().getBody().getSectPr();
          sect = body == null ? docx.getDocument().getBody().addNewSectPr() : body;
        }
        DocxRuns.page(sect, section.landscape());
        if (sect.getFooterReferenceList().isEmpty()) {
          CTHdrFtrRef ref = sect.addNewFooterReference();
          ref.setType(STHdrFtr.DEFAULT);
          ref.setId(footerId);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      docx.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new PersistenceException("เขียนไฟล์ DOCX ไม่ได้ / cannot write the DOCX: " + e.getMessage(), e);
    }
  }

  /** Adds blocks to the DOCX body, one paragraph or table each. */
  private static final class DocxBlocks {
    private final XWPFDocument docx;
    private final th.km.persistence.document.Document doc;
    private final List<@Nullable Integer> headingPages;
    private int heading;

    DocxBlocks(
        XWPFDocument docx,
        th.km.persistence.document.Document doc,
        List<@Nullable Integer> headingPages) {
      this.docx = docx;
      this.doc = doc;
      this.headingPages = headingPages;
    }

    void add(DocBlock block, boolean landscape) {
      switch (block) {
        case DocBlock.Heading h -> heading(h);
        case DocBlock.Paragraph p -> {
          XWPFParagraph para = docx.createParagraph();
          para.setAlignment(alignment(p.align()));
          if (p.indent()) {
            para.setIndentationFirstLine(DocxRuns.twips(2.5).intValue());
          }
          DocxRuns.text(para, p.text(), DocxRuns.BODY_POINTS, p.bold());
        }
        case DocBlock.ItemList l -> {
          for (int i = 0; i < l.items().size(); i++) {
            XWPFParagraph para = docx.createParagraph();
            para.setAlignment(ParagraphAlignment.THAI_DISTRIBUTE);
            para.setIndentationLeft(DocxRuns.twips(2.0).intValue());
            para.setIndentationHanging(DocxRuns.twips(1.0).intValue());
            DocxRuns.text(para, l.markers().get(i), DocxRuns.BODY_POINTS, false);
            docxTab(para);
            DocxRuns.text(para, l.items().get(i), DocxRuns.BODY_POINTS, false);
          }
        }
        case DocBlock.Table t -> DocxTables.add(docx, t, DocxRuns.textWidth(landscape));
        case DocBlock.Signature s -> signature(s);
        case DocBlock.Image i -> image(i);
        case DocBlock.Contents c -> contents(c, landscape);
        case DocBlock.PageBreak b -> docx.createParagraph().setPageBreak(true);
      }
    }

    private void heading(DocBlock.Heading h) {
      XWPFParagraph para = docx.createParagraph();
      para.getCTP().addNewPPr();
      para.setKeepNext(true);
      para.setAlignment(h.level() == 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
      para.setSpacingBefore(h.level() == 1 ? 0 : 120);
      if (h.listed()) {
        CTBookmark mark = para.getCTP().addNewBookmarkStart();
        mark.setName("h" + heading);
        mark.setId(BigInteger.valueOf(heading));
        heading++;
      }
      int points = switch (h.level()) {
        case 1 -> 20;
        case 2 -> 18;
        default -> 16;
      };
      DocxRuns.text(para, h.text(), points, true);
      if (h.listed()) {
        para.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(heading - 1L));
      }
    }

    private void signature(DocBlock.Signature s) {
      XWPFParagraph space = docx.createParagraph();
      space.setSpacingBefore(480);
      List<String> lines = new java.util.ArrayList<>();
      lines.add("(" + s.name() + ")");
      lines.addAll(s.positionLines());
      for (String line : lines) {
        XWPFParagraph para = docx.createParagraph();
        para.setAlignment(ParagraphAlignment.CENTER);
        para.setIndentationLeft(DocxRuns.twips(7.0).intValue());
        DocxRuns.text(para, line, DocxRuns.BODY_POINTS, false);
      }
    }

    private void image(DocBlock.Image i) {
      XWPFParagraph para = docx.createParagraph();
      para.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun run = para.createRun();
      byte[] data = i.data();
      try {
        var picture = ImageIO.read(new ByteArrayInputStream(data));
        if (picture == null) {
          throw new PersistenceException(
              "อ่านรูปภาพไม่ได้ / cannot read the image (" + i.mediaType() + ")");
        }
        double widthEmu = i.widthCm() / 2.54 * Units.EMU_PER_INCH;
        double heightEmu = widthEmu * picture.getHeight() / picture.getWidth();
        int type =
            i.mediaType().equals("image/png") ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG;
        run.addPicture(
            new ByteArrayInputStream(data),
            type,
            "emblem",
            (int) Math.round(widthEmu),
            (int) Math.round(heightEmu));
      } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
        throw new PersistenceException(
            "ใส่รูปภาพใน DOCX ไม่ได้ / cannot put the image in the DOCX: " + e.getMessage(), e);
      }
    }

    private void contents(DocBlock.Contents c, boolean landscape) {
      XWPFParagraph title = docx.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      DocxRuns.text(title, c.title(), 20, true);
      int right = DocxRuns.textWidth(landscape);
      XWPFParagraph columns = docx.createParagraph();
      rightTab(columns, right, false);
      DocxRuns.text(columns, c.headingColumn(), DocxRuns.BODY_POINTS, true);
      docxTab(columns);
      DocxRuns.text(columns, c.pageColumn(), DocxRuns.BODY_POINTS, true);
      List<DocBlock.Heading> headings = doc.listedHeadings();
      for (int i = 0; i < headings.size(); i++) {
        XWPFParagraph entry = docx.createParagraph();
        rightTab(entry, right, true);
        DocxRuns.text(entry, headings.get(i).text(), DocxRuns.BODY_POINTS, false);
        docxTab(entry);
        Integer page = i < headingPages.size() ? headingPages.get(i) : null;
        String cached = page == null ? "" : doc.digits().apply(String.valueOf(page));
        String format = doc.digits() == Digits.THAI ? " \\* ThaiArabic" : "";
        DocxRuns.field(entry, "PAGEREF h" + i + " \\h" + format, cached, DocxRuns.BODY_POINTS);
      }
    }

    private static void rightTab(XWPFParagraph para, int position, boolean dots) {
      var pPr = para.getCTP().isSetPPr() ? para.getCTP().getPPr() : para.getCTP().addNewPPr();
      CTTabStop tab = pPr.addNewTabs().addNewTab();
      tab.setVal(STTabJc.RIGHT);
      tab.setPos(BigInteger.valueOf(position));
      if (dots) {
        tab.setLeader(STTabTlc.DOT);
      }
    }

    private static void docxTab(XWPFParagraph para) {
      XWPFRun tab = para.createRun();
      DocxRuns.style(tab, DocxRuns.BODY_POINTS, false);
      tab.addTab();
    }
  }

  static ParagraphAlignment alignment(DocBlock.Align align) {
    return switch (align) {
      case LEFT -> ParagraphAlignment.LEFT;
      case CENTER -> ParagraphAlignment.CENTER;
      case RIGHT -> ParagraphAlignment.RIGHT;
      case JUSTIFY -> ParagraphAlignment.THAI_DISTRIBUTE;
    };
  }
}
