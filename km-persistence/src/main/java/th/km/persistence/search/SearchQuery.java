package th.km.persistence.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import th.km.core.records.AssetKind;

/**
 * What one search asks for: the words, the filters, who asks, and which page of the hits.
 *
 * @param organization the organization's code
 * @param text the words as typed (checked by {@link QueryText} first)
 * @param audience who asks
 * @param kind only assets of this kind, if given
 * @param division only assets of this division's code, if given
 * @param step only assets of this KM step, if given
 * @param fiscalYear only assets of this fiscal year (B.E.), if given
 * @param offset how many hits to skip
 * @param limit how many hits to return at most
 * @param workOf for an {@link Audience#EDITOR} who sees the work of one division only (its head):
 *     that division; elsewhere they find what readers find. Empty: the work of every division.
 */
public record SearchQuery(
    String organization,
    String text,
    Audience audience,
    Optional<AssetKind> kind,
    Optional<String> division,
    Optional<String> step,
    Optional<Integer> fiscalYear,
    int offset,
    int limit,
    Optional<String> workOf) {

  /** The most hits one page returns. */
  public static final int MAX_LIMIT = 100;

  public SearchQuery {
    checkArgument(offset >= 0 && offset <= 10_000, "offset %s is not within 0..10000", offset);
    checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s is not within 1..%s", limit, MAX_LIMIT);
  }

  /** A search for one who sees every division's work, or none. */
  public SearchQuery(
      String organization,
      String text,
      Audience audience,
      Optional<AssetKind> kind,
      Optional<String> division,
      Optional<String> step,
      Optional<Integer> fiscalYear,
      int offset,
      int limit) {
    this(organization, text, audience, kind, division, step, fiscalYear, offset, limit, Optional.empty());
  }

  /** The same search by an editor who sees the work of this division only. */
  public SearchQuery withWorkOf(String divisionCode) {
    return new SearchQuery(organization, text, audience, kind, division, step, fiscalYear, offset, limit, Optional.of(divisionCode));
  }

  /** The first ten hits of the words, without filters. */
  public static SearchQuery of(String organization, String text, Audience audience) {
    return new SearchQuery(
        organization,
        text,
        audience,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        10);
  }
}
