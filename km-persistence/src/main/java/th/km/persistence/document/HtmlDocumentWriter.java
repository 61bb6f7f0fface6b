package th.km.persistence.document;

import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Document} as one self-contained HTML file (images inlined) whose print style
 * sheet lays it out as a Thai official document: A4, 3 cm left and 2 cm right margins, TH Sarabun
 * New (or its metric twin Laksaman from fonts-thai-tlwg) at 16 pt, landscape pages for wide tables,
 * table headers repeated on every page, and page numbers at the foot. Chromium prints it to PDF as
 * it is ({@link ChromiumEngine}); the markup is also well-formed XML, which the pure-Java renderer
 * ({@link OpenHtmlToPdfEngine}) parses. Where that renderer needs a property of its own, or the
 * older spelling of one (page-break-before), the style sheet gives both: browsers ignore the other.
 */
public final class HtmlDocumentWriter {

  /** The font stack of every Thai official document km prints. */
  public static final String FONT_FAMILY = "\"TH Sarabun New\", \"Laksaman\", \"TH SarabunPSK\", serif";

  private HtmlDocumentWriter() {}

  /** The HTML of the document, its contents list without page numbers. */
  public static String write(Document doc) {
    return write(doc, List.of());
  }

  /**
   * The HTML of the document.
   *
   * @param headingPages the page of each listed heading, in order, as a first printing found them;
   *     a null or missing entry leaves the page blank
   */
  public static String write(Document doc, List<@Nullable Integer> headingPages) {
    return write(doc, headingPages, "");
  }

  /** The HTML of the document, with style rules a renderer needs added after km's own. */
  static String write(Document doc, List<@Nullable Integer> headingPages, String extraCss) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<title>")
        .append(escape(doc.title()))
        .append("</title>\n<style>\n")
        .append(css(doc.digits()))
        .append(extraCss)
        .append("</style>\n</head>\n<body>\n");
    int[] heading = {0};
    boolean first = true;
    for (DocSection section : doc.sections()) {
      html.append("<section class=\"")
          .append(section.landscape() ? "landscape" : "portrait")
          .append(first ? "" : " new-page")
          .append("\">\n");
      first = false;
      for (DocBlock block : section.blocks()) {
        block(html, block, doc, headingPages, heading);
      }
      html.append("</section>\n");
    }
    return html.append("</body>\n</html>\n").toString();
  }

  private static void block(
      StringBuilder html,
      DocBlock block,
      Document doc,
      List<@Nullable Integer> headingPages,
      int[] heading) {
    switch (block) {
      case DocBlock.Heading h -> {
        html.append("<h").append(h.level());
        if (h.listed()) {
          html.append(" id=\"h").append(heading[0]++).append('"');
        }
        html.append('>').append(text(h.text())).append("</h").append(h.level()).append(">\n");
      }
      case DocBlock.Paragraph p -> {
        html.append("<p class=\"").append(p.align().name().toLowerCase(java.util.Locale.ROOT));
        html.append(p.indent() ? " indent" : "").append(p.bold() ? " bold" : "").append("\">");
        html.append(text(p.text())).append("</p>\n");
      }
      case DocBlock.ItemList l -> {
        html.append("<div class=\"list\">\n");
        for (int i = 0; i < l.items().size(); i++) {
          html.append("<div class=\"item\"><span class=\"marker\">")
              .append(text(l.markers().get(i)))
              .append("</span><span class=\"item-text\">")
              .append(text(l.items().get(i)))
              .append("</span></div>\n");
        }
        html.append("</div>\n");
      }
      case DocBlock.Table t -> table(html, t);
      case DocBlock.Signature s -> {
        html.append("<div class=\"signature\">\n<p>(").append(text(s.name())).append(")</p>\n");
        for (String line : s.positionLines()) {
          html.append("<p>").append(text(line)).append("</p>\n");
        }
        html.append("</div>\n");
      }
      case DocBlock.Image i ->
          html.append("<p class=\"center\"><img alt=\"\" style=\"width:")
              .append(i.widthCm())
              .append("cm\" src=\"data:")
              .append(i.mediaType())
              .append(";base64,")
              .append(Base64.getEncoder().encodeToString(i.data()))
              .append("\"/></p>\n");
      case DocBlock.Contents c -> contents(html, c, doc, headingPages);
      case DocBlock.PageBreak b -> html.append("<div class=\"page-break\"></div>\n");
    }
  }

  private static void table(StringBuilder html, DocBlock.Table t) {
    int total = t.widths().stream().mapToInt(Integer::intValue).sum();
    html.append("<div class=\"table\">\n");
    for (String caption : t.captions()) {
      html.append("<p class=\"caption\">").append(text(caption)).append("</p>\n");
    }
    html.append("<table>\n<colgroup>");
    for (int w : t.widths()) {
      html.append("<col style=\"width:")
          .append(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * w / total))
          .append("%\"/>");
    }
    html.append("</colgroup>\n<thead>\n<tr>");
    for (String h : t.header()) {
      html.append("<th>").append(text(h)).append("</th>");
    }
    html.append("</tr>\n</thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      html.append("<tr>");
      for (String cell : row) {
        html.append("<td>").append(text(cell)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</div>\n");
  }

  private static void contents(
      StringBuilder html, DocBlock.Contents c, Document doc, List<@Nullable Integer> pages) {
    html.append("<h1>").append(text(c.title())).append("</h1>\n");
    html.append("<table class=\"contents\">\n<thead><tr><th class=\"entry\">")
        .append(text(c.headingColumn()))
        .append("</th><th class=\"page\">")
        .append(text(c.pageColumn()))
        .append("</th></tr></thead>\n<tbody>\n");
    List<DocBlock.Heading> headings = doc.listedHeadings();
    for (int i = 0; i < headings.size(); i++) {
      Integer page = i < pages.size() ? pages.get(i) : null;
      html.append("<tr><td class=\"entry\"><a href=\"#h")
          .append(i)
          .append("\">")
          .append(text(headings.get(i).text()))
          .append("</a></td><td class=\"page\">")
          .append(page == null ? "" : doc.digits().apply(String.valueOf(page)))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static String css(Digits digits) {
    String counter = digits == Digits.THAI ? "counter(page, thai)" : "counter(page)";
    return """
        @page { size: A4 portrait; margin: 2.5cm 2cm 2cm 3cm;
          @bottom-center { content: COUNTER; font-family: FONT; font-size: 16pt; } }
        @page wide { size: A4 landscape; margin: 2cm 2cm 2cm 3cm;
          @bottom-center { content: COUNTER; font-family: FONT; font-size: 16pt; } }
        /* The font's own line spacing, as Word's single spacing: with a tighter one the marks
           stacked over the first line of a page (ที่) spill onto the foot of the page before. */
        html { font-family: FONT; font-size: 16pt; line-height: normal; }
        body { margin: 0; }
        @media screen { body { max-width: 24cm; margin: 1cm auto; } }
        section.landscape { page: wide; }
        section.new-page, .page-break { break-before: page; page-break-before: always; }
        h1 { font-size: 20pt; text-align: center; margin: 0.3em 0; }
        h2 { font-size: 18pt; margin: 0.6em 0 0.2em; }
        h3 { font-size: 16pt; margin: 0.4em 0 0.1em; }
        h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
        p { margin: 0 0 0.2em; }
        .center { text-align: center; } .left { text-align: left; } .right { text-align: right; }
        .justify { text-align: justify; text-justify: inter-character; }
        .indent { text-indent: 2.5cm; } .bold { font-weight: bold; }
        .list .item { margin-left: 1cm; padding-left: 1cm; text-indent: -1cm; }
        .list .marker { display: inline-block; width: 1cm; text-indent: 0; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0.3em 0; }
        thead { display: table-header-group; }
        table { -fs-table-paginate: paginate; -fs-border-rendering: no-bevel; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 0.5pt solid #000; padding: 1pt 3pt; vertical-align: top;
          overflow-wrap: break-word; }
        th { font-weight: bold; text-align: center; vertical-align: middle; }
        p.caption { font-weight: bold; margin: 0; break-after: avoid; page-break-after: avoid; }
        .table > table { break-before: avoid; }
        table.contents th, table.contents td { border: none; }
        table.contents .page { width: 2cm; text-align: right; }
        table.contents a { color: inherit; text-decoration: none; }
        table.contents th.entry { text-align: left; }
        .signature { margin: 2em 0 0 45%; text-align: center; }
        .signature p:first-child { margin-top: 2.5em; }
        img { max-width: 100%; }
        """
        .replace("COUNTER", counter)
        .replace("FONT", FONT_FAMILY);
  }

  /** The text escaped for HTML; line breaks in it become line breaks on the page. */
  static String text(String s) {
    return escape(s).replace("\n", "<br/>");
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
