package th.km.web.knowledge;

import java.util.Locale;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Renders an asset's Markdown as HTML that is safe to put in a page. CommonMark's own renderer
 * escapes every raw HTML tag the author wrote (so a {@code <script>} or an {@code onerror=} shows
 * as text), and an allow-list of URL schemes keeps links to {@code http}, {@code https}, {@code
 * mailto} and addresses of km itself: a {@code javascript:} or {@code data:} link becomes an empty
 * one. Pictures load only from km itself, as the content security policy also demands. Links get
 * {@code rel="nofollow noopener noreferrer"}.
 */
public final class MarkdownView {

  private static final Parser PARSER = Parser.builder().build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new AllowList())
          .attributeProviderFactory(
              context ->
                  (node, tagName, attributes) -> {
                    if (node instanceof Link) {
                      attributes.put("rel", "nofollow noopener noreferrer");
                    }
                  })
          .build();

  private MarkdownView() {}

  /** The Markdown as sanitized HTML. */
  public static String html(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }

  /** The URL schemes a link or picture may have. */
  private static final class AllowList implements UrlSanitizer {

    @Override
    public String sanitizeLinkUrl(String url) {
      String u = url.strip();
      String scheme = scheme(u);
      return switch (scheme) {
        case "", "http", "https", "mailto" -> u;
        default -> "";
      };
    }

    @Override
    public String sanitizeImageUrl(String url) {
      String u = url.strip();
      // Only km's own addresses: a picture from elsewhere would tell that site who reads what.
      return scheme(u).isEmpty() && !u.startsWith("//") ? u : "";
    }

    /** The URL's scheme in lower case, empty for a relative address. */
    private static String scheme(String url) {
      for (int i = 0; i < url.length(); i++) {
        char c = url.charAt(i);
        if (c == ':') {
          return url.substring(0, i).toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        }
        if (c == '/' || c == '?' || c == '#') {
          return "";
        }
      }
      return "";
    }
  }
}
