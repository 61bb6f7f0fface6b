package th.km.web.search;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import th.km.core.LocalizedText;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.records.AssetKind;
import th.km.persistence.search.Audience;
import th.km.persistence.search.KnowledgeSearch;
import th.km.persistence.search.QueryText;
import th.km.persistence.search.SearchQuery;
import th.km.web.http.WebError;
import th.km.web.security.AccessGuard;

/**
 * Reads a search from a request's query: {@code q}, the filters {@code kind}, {@code division},
 * {@code step} and {@code year}, and the page ({@code offset}, {@code limit}). A bad value is a
 * 400 that names the parameter, in Thai and English.
 */
final class SearchRequest {
  static final String Q = "q";
  static final int PAGE_SIZE = 10;

  private SearchRequest() {}

  /**
   * Who a signed-in account searches as: those who see the work of every division (the secretary,
   * the CKO, the chair) find drafts everywhere, a division head the own division's drafts, the
   * rest what readers find (see KnowledgeWorkflow.seesWork).
   */
  static SearchQuery asAccount(SearchQuery query, Optional<Account> account) {
    if (account.isEmpty()) {
      return query;
    }
    Role role = account.get().role();
    if (role.editsAll() || role.approves()) {
      return query;
    }
    if (role == Role.DIVISION_HEAD && account.get().division().isPresent()) {
      return query.withWorkOf(account.get().division().get().value());
    }
    return query;
  }

  /** The audience of a signed-in account, before {@link #asAccount} narrows a division head's. */
  static Audience audienceOf(Optional<Account> account) {
    if (account.isEmpty()) {
      return Audience.READER;
    }
    Role role = account.get().role();
    boolean seesWork = role.editsAll() || role.approves() || (role == Role.DIVISION_HEAD && account.get().division().isPresent());
    return seesWork ? Audience.EDITOR : Audience.READER;
  }

  /** The words of the request, or empty when the page is opened without a search. */
  static Optional<String> words(Context ctx) {
    return Optional.ofNullable(ctx.queryParam(Q)).map(String::strip).filter(s -> !s.isEmpty());
  }

  static SearchQuery read(Context ctx, Audience audience) {
    String q = Optional.ofNullable(ctx.queryParam(Q)).orElse("");
    Optional<LocalizedText> problem = QueryText.problem(q);
    if (problem.isPresent()) {
      throw WebError.badRequest("error.searchQuery", problem.get().th(), problem.get().en());
    }
    return new SearchQuery(
        ctx.pathParam(AccessGuard.ORGANIZATION),
        q.strip(),
        audience,
        kind(ctx.queryParam("kind")),
        code(ctx, "division"),
        step(ctx),
        year(ctx.queryParam("year")),
        number(ctx, "offset", 0, 0, 10_000),
        number(ctx, "limit", PAGE_SIZE, 1, SearchQuery.MAX_LIMIT));
  }

  private static Optional<AssetKind> kind(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(AssetKind.valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw WebError.badRequest("error.searchParameter", "kind", text);
    }
  }

  private static Optional<String> code(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String code = text.strip();
    if (code.length() > 100 || code.chars().anyMatch(Character::isISOControl)) {
      throw WebError.badRequest("error.searchParameter", name, code.length() > 100 ? code.substring(0, 100) + "…" : code);
    }
    return Optional.of(code);
  }

  private static Optional<String> step(Context ctx) {
    return code(ctx, "step")
        .map(typed -> KnowledgeSearch.stepCode(typed).orElseThrow(() -> WebError.badRequest("error.searchParameter", "step", typed)));
  }

  private static Optional<Integer> year(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Integer year = digits(text.strip());
    if (year == null || year < 2400 || year > 2700) {
      throw WebError.badRequest("error.searchParameter", "year", text);
    }
    return Optional.of(year);
  }

  private static int number(Context ctx, String name, int byDefault, int min, int max) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return byDefault;
    }
    Integer n = digits(text.strip());
    if (n == null || n < min || n > max) {
      throw WebError.badRequest("error.searchParameter", name, text);
    }
    return n;
  }

  /** A number of at most six digits, Thai or Arabic; null for anything else. */
  private static @Nullable Integer digits(String text) {
    if (text.isEmpty() || text.length() > 6) {
      return null;
    }
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      int d = Character.digit(text.charAt(i), 10);
      if (d < 0) {
        return null;
      }
      n = n * 10 + d;
    }
    return n;
  }
}
