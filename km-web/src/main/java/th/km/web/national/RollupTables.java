package th.km.web.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import th.km.core.evaluation.Status;
import th.km.persistence.tables.Cell;
import th.km.persistence.tables.Column;
import th.km.persistence.tables.Table;
import th.km.persistence.tables.TableTitle;
import th.km.web.results.StepChart;

/**
 * The lines of a national or province page as a table for the download: code, name, province,
 * counts per status, total, share met, and why an organization could not be evaluated; numbers stay
 * numbers, so that a spreadsheet sums and sorts them.
 */
final class RollupTables {

  private static final TableTitle PROVINCES =
      new TableTitle.Named("สถานะตัวชี้วัดรายจังหวัด", "Indicators by province");
  private static final TableTitle ORGANIZATIONS =
      new TableTitle.Named("สถานะตัวชี้วัดรายองค์กร", "Indicators by organization");

  private RollupTables() {}

  /** The table of the lines: provinces with how many organizations each, or organizations. */
  static Table of(List<RollupRow> rows, boolean provinces) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("รหัส", "Code", 16));
    columns.add(new Column(provinces ? "จังหวัด" : "องค์กร", provinces ? "Province" : "Organization", 40));
    if (provinces) {
      columns.add(new Column("จำนวนองค์กร", "Organizations", 12));
      columns.add(new Column("ประเมินไม่ได้", "Failed", 12));
    }
    for (Status s : StepChart.ORDER) {
      columns.add(new Column(s.thaiName(), s.englishName(), 12));
    }
    columns.add(new Column("รวม", "Total", 10));
    columns.add(new Column("ร้อยละที่บรรลุ", "Share met (%)", 12));
    if (!provinces) {
      columns.add(new Column("ประเมินไม่ได้เพราะ", "Not evaluated because", 40));
    }
    List<List<Cell>> cells = new ArrayList<>();
    for (RollupRow r : rows) {
      List<Cell> line = new ArrayList<>();
      line.add(Cell.text(r.code()));
      line.add(Cell.text(r.name()));
      if (provinces) {
        line.add(Cell.number(r.organizations()));
        line.add(Cell.number(r.failed()));
      }
      for (Status s : StepChart.ORDER) {
        line.add(Cell.number(r.counts().count(s)));
      }
      line.add(Cell.number(r.counts().total()));
      line.add(Cell.number(r.counts().shareMetPercent().map(BigDecimal::stripTrailingZeros)));
      if (!provinces) {
        line.add(r.problem().map(Cell::text).orElse(Cell.blank()));
      }
      cells.add(line);
    }
    return new Table(provinces ? PROVINCES : ORGANIZATIONS, columns, cells);
  }
}
