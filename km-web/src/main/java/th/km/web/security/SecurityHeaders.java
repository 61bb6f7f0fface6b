package th.km.web.security;

import io.javalin.http.Context;
import java.util.function.BiConsumer;

/**
 * Headers that every answer carries: a content security policy that allows only km's own files (no
 * inline script or style), no MIME sniffing, no framing by other sites, no referrer across sites,
 * and HSTS when km is served over HTTPS.
 */
public final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final boolean https;

  /** @param https whether km is served over HTTPS, which adds Strict-Transport-Security */
  public SecurityHeaders(boolean https) {
    this.https = https;
  }

  public void apply(Context ctx) {
    forEach(ctx::header);
    if (!ctx.path().startsWith("/static/")) {
      // Pages show one person's records: no shared cache may keep them.
      ctx.header("Cache-Control", "no-store");
    }
  }

  /** Gives each header that every answer carries, whatever its path, to {@code header}. */
  public void forEach(BiConsumer<String, String> header) {
    header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("X-Frame-Options", "DENY");
    header.accept("Referrer-Policy", "same-origin");
    header.accept("Cross-Origin-Opener-Policy", "same-origin");
    header.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (https) {
      header.accept("Strict-Transport-Security", "max-age=31536000");
    }
  }
}
