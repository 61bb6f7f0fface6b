package th.km.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The jte templates of {@code src/main/jte}, compiled to classes at build time. They are HTML
 * templates: every {@code ${value}} is escaped for where it stands.
 */
public final class Templates {

  /** The content type of every page, the charset in the header as well as in the page. */
  public static final String HTML = "text/html; charset=utf-8";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders the template with its parameters into the answer. */
  public void render(Context ctx, String template, Map<String, Object> params) {
    // The charset in the header as well as in the page, so that no client guesses it.
    ctx.contentType(HTML).result(renderToString(template, params));
  }

  /** Renders the template with its parameters into text. */
  public String renderToString(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(template, params, out);
    return out.toString();
  }
}
