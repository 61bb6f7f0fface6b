package th.km.persistence.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The run and section properties of km's DOCX files. Every run carries its complex-script
 * properties (w:rFonts w:cs, w:szCs, w:bCs, w:lang w:bidi="th-TH"): without them Word lays Thai
 * out in its default complex-script font and size, small and plain whatever the run says.
 */
final class DocxRuns {

  /** The font every run names, for Latin and for Thai alike. */
  static final String FONT = "TH Sarabun New";

  static final int BODY_POINTS = 16;

  /** Twips per centimetre. */
  static final double TWIPS_PER_CM = 1440 / 2.54;

  private DocxRuns() {}

  /** A run of text in the paragraph, in km's font at the size, with Thai properties. */
  static XWPFRun text(XWPFParagraph p, String text, int points, boolean bold) {
    XWPFRun run = p.createRun();
    style(run, points, bold);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
    return run;
  }

  /** Gives the run km's font, size and Thai complex-script properties. */
  static void style(XWPFRun run, int points, boolean bold) {
    CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    CTFonts fonts = pr.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    if (bold) {
      pr.addNewB();
      pr.addNewBCs();
    }
    BigInteger halfPoints = BigInteger.valueOf(points * 2L);
    CTHpsMeasure sz = pr.addNewSz();
    sz.setVal(halfPoints);
    CTHpsMeasure szCs = pr.addNewSzCs();
    szCs.setVal(halfPoints);
    CTLanguage lang = pr.addNewLang();
    lang.setVal("th-TH");
    lang.setBidi("th-TH");
  }

  /**
   * A field (PAGE, PAGEREF) as Word writes it: begin, instruction, separate, the cached result,
   * end. Word and LibreOffice recompute the result; readers that do not see the cached one.
   */
  static void field(XWPFParagraph p, String instruction, String cached, int points) {
    XWPFRun begin = p.createRun();
    style(begin, points, false);
    begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    XWPFRun instr = p.createRun();
    style(instr, points, false);
    var it = instr.getCTR().addNewInstrText();
    it.setStringValue(" " + instruction + " ");
    it.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    XWPFRun separate = p.createRun();
    style(separate, points, false);
    separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    XWPFRun result = p.createRun();
    style(result, points, false);
    result.setText(cached);
    XWPFRun end = p.createRun();
    style(end, points, false);
    end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  /** Sets A4 portrait or landscape and the official margins on a section. */
  static void page(CTSectPr sect, boolean landscape) {
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    BigInteger shortSide = twips(21.0);
    BigInteger longSide = twips(29.7);
    if (landscape) {
      size.setW(longSide);
      size.setH(shortSide);
      size.setOrient(STPageOrientation.LANDSCAPE);
    } else {
      size.setW(shortSide);
      size.setH(longSide);
      size.setOrient(STPageOrientation.PORTRAIT);
    }
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setLeft(twips(3.0));
    mar.setRight(twips(2.0));
    mar.setTop(twips(landscape ? 2.0 : 2.5));
    mar.setBottom(twips(2.0));
    mar.setFooter(twips(1.0));
    mar.setHeader(twips(1.0));
  }

  /** The text width of a page between the margins, in twips. */
  static int textWidth(boolean landscape) {
    return (int) Math.round(((landscape ? 29.7 : 21.0) - 5.0) * TWIPS_PER_CM);
  }

  static BigInteger twips(double cm) {
    return BigInteger.valueOf(Math.round(cm * TWIPS_PER_CM));
  }
}
