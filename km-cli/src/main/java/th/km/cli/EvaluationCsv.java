package th.km.cli;

import java.util.List;
import java.util.Map;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.evaluation.Status;
import th.km.core.evaluation.StatusCounts;

/**
 * An evaluation as one CSV table (RFC 4180: CRLF line ends, quoting, UTF-8) for spreadsheets: a row per indicator
 * ({@code row} is {@code result}), then a row per roll-up ({@code row} is {@code rollup}, with
 * {@code scope} saying which), under one header so that the file opens as a single sheet.
 */
final class EvaluationCsv {

  private static final List<String> HEADER =
      List.of(
          "row", "scope", "goal", "activity", "monitoring_rule", "number", "indicator_th", "target_text_th",
          "status", "status_th", "value", "unit", "target_th", "target_en", "numerator", "denominator",
          "reason_th", "reason_en", "records", "met", "not_met", "on_track", "at_risk", "no_data",
          "report_only", "total", "share_met_percent");

  /** The statuses counted in a roll-up row, in the header's order. */
  private static final List<Status> COUNTED =
      List.of(
          Status.MET,
          Status.NOT_MET,
          Status.ON_TRACK,
          Status.AT_RISK,
          Status.NO_DATA,
          Status.REPORT_ONLY);

  /** No text in front of each line. */
  private static final byte[] NO_PREFIX = new byte[0];

  private EvaluationCsv() {}

  static String write(Evaluation e) {
    CsvBytes out = new CsvBytes();
    header(out, NO_PREFIX);
    rows(e, NO_PREFIX, out);
    return out.toString();
  }

  /** The header line, after {@code prefix} (a CSV text that ends in a comma, or nothing). */
  static void header(CsvBytes out, byte[] prefix) {
    out.raw(prefix);
    for (int i = 0; i < HEADER.size(); i++) {
      if (i > 0) {
        out.ascii(',');
      }
      out.field(HEADER.get(i));
    }
    out.ascii("\r\n");
  }

  /**
   * The rows of the evaluation, each line begun by {@code prefix} (the UTF-8 of a CSV text that
   * ends in a comma, or nothing): what {@link #write} gives after its header, written field by
   * field as bytes ({@link CsvBytes}).
   */
  static void rows(Evaluation e, byte[] prefix, CsvBytes out) {
    for (IndicatorResult r : e.results()) {
      out.raw(prefix).ascii("result,");
      switch (r.subject()) {
        case IndicatorSubject.Activity a ->
            out.ascii(',').number(a.goal()).ascii(',').number(a.activity()).ascii(',');
        case IndicatorSubject.Monitoring m -> out.ascii(",,,").field(m.ruleKey());
      }
      out.ascii(',').number(r.indicatorNumber());
      field(out, r.indicatorText());
      field(out, r.targetText());
      field(out, r.status().name());
      field(out, r.status().thaiName());
      field(out, r.value().map(v -> v.toPlainString()).orElse(""));
      field(out, r.unit().name());
      field(out, r.target().map(t -> t.describe().th()).orElse(""));
      field(out, r.target().map(t -> t.describe().en()).orElse(""));
      out.ascii(',');
      if (r.numerator().isPresent()) {
        out.number(r.numerator().getAsLong());
      }
      out.ascii(',');
      if (r.denominator().isPresent()) {
        out.number(r.denominator().getAsLong());
      }
      field(out, r.reason().th());
      field(out, r.reason().en());
      out.ascii(',');
      // The ids joined by spaces as one field, quoted only when an id holds what needs quotes.
      out.joined(r.recordIds());
      out.ascii(",,,,,,,,\r\n");
    }
    rollup(out, prefix, "organization", e.rollups().organization());
    rollup(out, prefix, "monitoring", e.rollups().monitoring());
    for (Map.Entry<Integer, StatusCounts> g : e.rollups().byGoal().entrySet()) {
      rollup(out, prefix, "goal:" + g.getKey(), g.getValue());
    }
    for (Map.Entry<String, StatusCounts> s : e.rollups().byStep().entrySet()) {
      rollup(out, prefix, "step:" + s.getKey(), s.getValue());
    }
    e.rollups().byDivision().forEach((d, c) -> rollup(out, prefix, "division:" + d.value(), c));
  }

  private static void field(CsvBytes out, String value) {
    out.ascii(',').field(value);
  }

  private static void rollup(CsvBytes out, byte[] prefix, String scope, StatusCounts c) {
    out.raw(prefix).ascii("rollup,").field(scope).ascii(",,,,,,,,,,,,,,,,,");
    for (Status s : COUNTED) {
      out.ascii(',').number(c.count(s));
    }
    out.ascii(',').number(c.total()).ascii(',');
    c.shareMetPercent().ifPresent(p -> out.ascii(p.toPlainString()));
    out.ascii("\r\n");
  }
}
