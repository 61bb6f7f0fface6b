package th.km.persistence.planimport;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * Walks a PDF's pages with PDFBox's text engine and hands each page's glyphs and ruling lines to a
 * {@link PdfPageLayout}, instead of letting the stripper sort them into plain lines: plain text
 * extraction loses the columns of tables and interleaves cells that wrap.
 */
final class PdfPageReader extends PDFTextStripper {

  /** A bold face's name, after the subset prefix: "Laksaman-Bold", "THSarabunNew,Bold", "Arial-BoldMT". */
  private static final Pattern BOLD_NAME = Pattern.compile("(?i)bold|black|heavy");

  private final List<PdfGlyph> glyphs = new ArrayList<>();

  /** Per open marked-content sequence: its ActualText, or null, and the glyphs before it. */
  private final Deque<Span> spans = new ArrayDeque<>();

  private record Span(@Nullable String actualText, int firstGlyph) {}

  private final List<PdfPageLayout> pages = new ArrayList<>();

  private PdfPageReader() {
    setSortByPosition(false);
  }

  /** Each page's items, in page order. */
  static List<PdfPageLayout> read(PDDocument document) throws IOException {
    PdfPageReader reader = new PdfPageReader();
    reader.getText(document);
    return List.copyOf(reader.pages);
  }

  @Override
  protected void startPage(PDPage page) {
    glyphs.clear();
    spans.clear();
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    String unicode = text.getUnicode();
    if (unicode == null || unicode.isEmpty()) {
      return;
    }
    // A mark is drawn after its base character, at the base's position or a little off it;
    // keeping it with the glyph drawn before it keeps the stored order of the characters.
    add(
        new PdfGlyph(
            text.getXDirAdj(),
            text.getYDirAdj(),
            text.getWidthDirAdj(),
            text.getFontSizeInPt(),
            unicode,
            isBold(text.getFont())));
  }

  /** A font is bold by its weight, its force-bold flag or, as a word processor names it, its name. */
  private static boolean isBold(@Nullable PDFont font) {
    if (font == null) {
      return false;
    }
    PDFontDescriptor descriptor = font.getFontDescriptor();
    if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
      return true;
    }
    String name = font.getName();
    return name != null && BOLD_NAME.matcher(name.substring(name.indexOf('+') + 1)).find();
  }

  private void add(PdfGlyph glyph) {
    int floor = spans.isEmpty() ? 0 : spans.peek().firstGlyph();
    if (glyphs.size() > floor && glyph.text().codePoints().allMatch(PdfGlyph::isMark)) {
      int last = glyphs.size() - 1;
      glyphs.set(last, glyphs.get(last).withMark(glyph.text()));
      return;
    }
    glyphs.add(glyph);
  }

  /**
   * Word processors draw some Thai clusters with glyphs that map to the wrong characters (sara am
   * as a nikhahit and a sara aa glyph, a lowered tone mark as the glyph of a lower vowel) and say
   * the right text in an ActualText span, as PDF/UA asks: the span's text replaces its glyphs.
   */
  @Override
  public void beginMarkedContentSequence(COSName tag, @Nullable COSDictionary properties) {
    super.beginMarkedContentSequence(tag, properties);
    String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
    boolean outer = spans.stream().noneMatch(s -> s.actualText() != null);
    spans.push(new Span(outer ? actual : null, glyphs.size()));
  }

  @Override
  public void endMarkedContentSequence() {
    super.endMarkedContentSequence();
    Span span = spans.poll();
    if (span == null || span.actualText() == null || span.firstGlyph() >= glyphs.size()) {
      return;
    }
    List<PdfGlyph> drawn = glyphs.subList(span.firstGlyph(), glyphs.size());
    PdfGlyph first = drawn.getFirst();
    float left = first.x();
    float right = first.right();
    for (PdfGlyph g : drawn) {
      left = Math.min(left, g.x());
      right = Math.max(right, g.right());
    }
    drawn.clear();
    add(new PdfGlyph(left, first.y(), right - left, first.size(), span.actualText(), first.bold()));
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    pages.add(PdfPageLayout.of(getCurrentPageNo(), glyphs, PdfRulings.of(page)));
    glyphs.clear();
  }
}
