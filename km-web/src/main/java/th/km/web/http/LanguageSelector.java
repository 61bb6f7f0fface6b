package th.km.web.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import th.km.web.i18n.Language;

/**
 * Chooses the language of each request: {@code ?lang=en} (or {@code th}) switches and is
 * remembered in a cookie for a year; without either, pages are in Thai.
 */
public final class LanguageSelector {

  /** The query parameter that switches the language. */
  public static final String PARAMETER = "lang";

  /** The cookie that remembers the choice. */
  public static final String COOKIE = "km_lang";

  private static final String ATTRIBUTE = "km.language";
  private static final int ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

  private final boolean https;

  /** @param https whether the cookie may travel only over HTTPS */
  public LanguageSelector(boolean https) {
    this.https = https;
  }

  /** Decides the request's language, and remembers a switch in the cookie. */
  public void select(Context ctx) {
    String asked = ctx.queryParam(PARAMETER);
    Optional<Language> switched = asked == null ? Optional.empty() : Language.fromTag(asked);
    Language language;
    if (switched.isPresent()) {
      language = switched.get();
      Cookie cookie = new Cookie(COOKIE, language.tag(), "/", ONE_YEAR_SECONDS, https);
      cookie.setHttpOnly(true);
      cookie.setSameSite(SameSite.LAX);
      ctx.cookie(cookie);
    } else {
      String remembered = ctx.cookie(COOKIE);
      language = remembered == null ? Language.TH : Language.fromTag(remembered).orElse(Language.TH);
    }
    ctx.attribute(ATTRIBUTE, language);
  }

  /** The request's language, Thai when none was chosen. */
  public static Language of(Context ctx) {
    Language language = ctx.attribute(ATTRIBUTE);
    return language == null ? Language.TH : language;
  }

  /** The request's query string without the language parameter, for links that keep the rest. */
  public static String queryWithoutLanguage(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    return params.entrySet().stream()
        .filter(e -> !e.getKey().equals(PARAMETER))
        .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
