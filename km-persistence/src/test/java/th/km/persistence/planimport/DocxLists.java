package th.km.persistence.planimport;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word list numbering for the test documents: decimal, Thai-digit and bullet lists, each numbered
 * paragraph starting its own list at the number the text gives, so that the document shows exactly
 * the numbers of the text while they come from Word's numbering, not from typed digits.
 */
final class DocxLists {

  private final XWPFNumbering numbering;
  private final BigInteger decimal;
  private final BigInteger thai;
  private final BigInteger bullet;
  private int next = 1;

  DocxLists(XWPFDocument document) {
    numbering = document.createNumbering();
    decimal = abstractNum(STNumberFormat.DECIMAL, "%1.");
    thai = abstractNum(STNumberFormat.THAI_NUMBERS, "%1.");
    bullet = abstractNum(STNumberFormat.BULLET, "•");
  }

  /** Makes the paragraph a list item showing {@code n} in Arabic or Thai digits. */
  void number(XWPFParagraph p, int n, boolean thaiDigits) {
    BigInteger numId = numbering.addNum(thaiDigits ? thai : decimal);
    CTNum num = numbering.getNum(numId).getCTNum();
    CTNumLvl override = num.addNewLvlOverride();
    override.setIlvl(BigInteger.ZERO);
    override.addNewStartOverride().setVal(BigInteger.valueOf(n));
    p.setNumID(numId);
    p.setNumILvl(BigInteger.ZERO);
  }

  /** Makes the paragraph a bullet item. */
  void bullet(XWPFParagraph p) {
    p.setNumID(numbering.addNum(bullet));
    p.setNumILvl(BigInteger.ZERO);
  }

  private BigInteger abstractNum(STNumberFormat.Enum format, String text) {
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.valueOf(next++));
    CTLvl lvl = abstractNum.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(format);
    lvl.addNewLvlText().setVal(text);
    return numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
  }
}
