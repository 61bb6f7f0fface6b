package th.km.web.national;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import th.km.core.evaluation.Status;
import th.km.web.http.WebError;

/**
 * How the lines of a national or province page are sorted: by one column ({@code ?sort=}), up or
 * down ({@code ?order=asc|desc}); ties go by code so that the order is always the same. The default
 * is by name, up.
 *
 * @param column the column sorted by
 * @param descending whether the largest comes first
 */
public record RollupSort(RollupSort.Column column, boolean descending) {

  /** The query parameter of the column. */
  public static final String SORT = "sort";

  /** The query parameter of the direction. */
  public static final String ORDER = "order";

  /** The columns a page sorts by, each by the name its query parameter takes. */
  public enum Column {
    NAME("name"),
    ORGANIZATIONS("organizations"),
    MET("met"),
    ON_TRACK("on-track"),
    AT_RISK("at-risk"),
    NOT_MET("not-met"),
    NO_DATA("no-data"),
    REPORT_ONLY("report-only"),
    TOTAL("total"),
    SHARE_MET("share-met");

    private final String slug;

    Column(String slug) {
      this.slug = slug;
    }

    public String slug() {
      return slug;
    }

    /** The column of a status's count. */
    public static Column of(Status status) {
      return valueOf(status.name());
    }
  }

  /** The sort the query asks for; a column or order km does not know is a 400. */
  public static RollupSort of(@Nullable String sort, @Nullable String order) {
    Column column = Column.NAME;
    if (sort != null && !sort.isBlank()) {
      String wanted = sort.strip().toLowerCase(Locale.ROOT);
      column =
          Arrays.stream(Column.values())
              .filter(c -> c.slug.equals(wanted))
              .findFirst()
              .orElseThrow(() -> WebError.badRequest("error.badSort", sort, slugs()));
    }
    boolean descending = false;
    if (order != null && !order.isBlank()) {
      switch (order.strip().toLowerCase(Locale.ROOT)) {
        case "asc" -> descending = false;
        case "desc" -> descending = true;
        default -> throw WebError.badRequest("error.badOrder", order);
      }
    }
    return new RollupSort(column, descending);
  }

  /** The lines in this order. */
  public List<RollupRow> sorted(List<RollupRow> rows) {
    Comparator<RollupRow> by =
        switch (column) {
          case NAME -> Comparator.comparing(RollupRow::name, thaiOrder());
          case ORGANIZATIONS -> Comparator.comparingInt(RollupRow::organizations);
          case TOTAL -> Comparator.comparingInt(r -> r.counts().total());
          case SHARE_MET ->
              Comparator.comparing(
                  r -> r.counts().shareMetPercent(),
                  Comparator.comparing((Optional<java.math.BigDecimal> p) -> p.isPresent())
                      .thenComparing(p -> p.orElse(java.math.BigDecimal.ZERO)));
          default -> Comparator.comparingInt(count(Status.valueOf(column.name())));
        };
    if (descending) {
      by = by.reversed();
    }
    return rows.stream().sorted(by.thenComparing(RollupRow::code)).toList();
  }

  /** The query that sorts by the column: down if this sorts up by it, else up. */
  public String queryFor(Column c) {
    boolean down = c == column && !descending;
    return SORT + "=" + c.slug() + "&" + ORDER + "=" + (down ? "desc" : "asc");
  }

  /** This sort as a query, for the downloads of the same lines. */
  public String query() {
    return SORT + "=" + column.slug() + "&" + ORDER + "=" + (descending ? "desc" : "asc");
  }

  /** The {@code aria-sort} of a column's header. */
  public String ariaSort(Column c) {
    return c != column ? "none" : descending ? "descending" : "ascending";
  }

  /** Thai names in dictionary order (leading vowels skipped), not by code point; one per sort. */
  private static Comparator<Object> thaiOrder() {
    return Collator.getInstance(Locale.forLanguageTag("th-TH"));
  }

  private static ToIntFunction<RollupRow> count(Status status) {
    return r -> r.counts().count(status);
  }

  private static String slugs() {
    return String.join(", ", Arrays.stream(Column.values()).map(Column::slug).toList());
  }
}
