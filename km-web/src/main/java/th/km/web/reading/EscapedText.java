package th.km.web.reading;

import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.List;

/**
 * An asset's Markdown shown as escaped text: headings ({@code ## ...}) as headings, blank lines
 * between paragraphs, every character of the text escaped, so nothing in it can become markup. The
 * portal uses it until it is given the knowledge base's sanitizing Markdown renderer.
 */
final class EscapedText {

  private EscapedText() {}

  static String html(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : markdown.split("\\R", -1)) {
      String trimmed = line.strip();
      int level = 0;
      while (level < trimmed.length() && level < 6 && trimmed.charAt(level) == '#') {
        level++;
      }
      boolean heading = level > 0 && trimmed.length() > level && trimmed.charAt(level) == ' ';
      if (trimmed.isEmpty() || heading) {
        flush(paragraph, blocks);
      }
      if (heading) {
        int h = Math.min(level + 1, 6);
        blocks.add("<h" + h + ">" + escape(trimmed.substring(level + 1).strip()) + "</h" + h + ">");
      } else if (!trimmed.isEmpty()) {
        if (paragraph.length() > 0) {
          paragraph.append("<br>");
        }
        paragraph.append(escape(trimmed));
      }
    }
    flush(paragraph, blocks);
    return String.join("\n", blocks);
  }

  private static void flush(StringBuilder paragraph, List<String> blocks) {
    if (paragraph.length() > 0) {
      blocks.add("<p>" + paragraph + "</p>");
      paragraph.setLength(0);
    }
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}
