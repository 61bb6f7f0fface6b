package th.km.web.national;

import th.km.core.evaluation.Status;
import th.km.web.page.Page;
import th.km.web.results.ResultFormat;

/** The header and the cell of each column of a national or province page, in the page's language. */
public final class RollupCells {

  private RollupCells() {}

  /** The column's header. */
  public static String header(Page page, RollupSort.Column column) {
    return switch (column) {
      case NAME -> page.t("national.column.name");
      case ORGANIZATIONS -> page.t("national.column.organizations");
      case TOTAL -> page.t("national.column.total");
      case SHARE_MET -> page.t("national.column.shareMet");
      default -> ResultFormat.status(page, Status.valueOf(column.name()));
    };
  }

  /** The line's number in the column; the name column is written by the template. */
  public static String number(RollupRow row, RollupSort.Column column) {
    return switch (column) {
      case NAME -> row.name();
      case ORGANIZATIONS -> String.valueOf(row.organizations());
      case TOTAL -> String.valueOf(row.counts().total());
      case SHARE_MET ->
          row.counts().shareMetPercent().map(p -> p.stripTrailingZeros().toPlainString()).orElse("—");
      default -> String.valueOf(row.counts().count(Status.valueOf(column.name())));
    };
  }
}
