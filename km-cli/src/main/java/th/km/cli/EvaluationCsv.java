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

  private EvaluationCsv() {}

  static String write(Evaluation e) {
    StringBuilder out = new StringBuilder();
    header(out, "");
    rows(e, "", out);
    return out.toString();
  }

  /** The header line, after {@code prefix} (a CSV text that ends in a comma, or nothing). */
  static void header(StringBuilder out, String prefix) {
    out.append(prefix);
    for (int i = 0; i < HEADER.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(HEADER.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * The rows of the evaluation, each line begun by {@code prefix} (a CSV text that ends in a comma,
   * or nothing): what {@link #write} gives after its header, written field by field into one
   * builder instead of through a list per row.
   */
  static void rows(Evaluation e, String prefix, StringBuilder out) {
    for (IndicatorResult r : e.results()) {
      out.append(prefix).append("result,");
      switch (r.subject()) {
        case IndicatorSubject.Activity a ->
            out.append(',').append(a.goal()).append(',').append(a.activity()).append(',');
        case IndicatorSubject.Monitoring m -> out.append(",,,").append(quote(m.ruleKey()));
      }
      out.append(',').append(r.indicatorNumber());
      field(out, r.indicatorText());
      field(out, r.targetText());
      field(out, r.status().name());
      field(out, r.status().thaiName());
      field(out, r.value().map(v -> v.toPlainString()).orElse(""));
      field(out, r.unit().name());
      field(out, r.target().map(t -> t.describe().th()).orElse(""));
      field(out, r.target().map(t -> t.describe().en()).orElse(""));
      out.append(',');
      if (r.numerator().isPresent()) {
        out.append(r.numerator().getAsLong());
      }
      out.append(',');
      if (r.denominator().isPresent()) {
        out.append(r.denominator().getAsLong());
      }
      field(out, r.reason().th());
      field(out, r.reason().en());
      out.append(',');
      recordIds(out, r.recordIds());
      out.append(",,,,,,,,\r\n");
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

  /** The ids joined by spaces as one field, quoted only when an id holds what needs quotes. */
  private static void recordIds(StringBuilder out, List<String> ids) {
    for (String id : ids) {
      if (needsQuotes(id)) {
        out.append(quote(String.join(" ", ids)));
        return;
      }
    }
    for (int i = 0; i < ids.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(ids.get(i));
    }
  }

  private static void field(StringBuilder out, String value) {
    out.append(',').append(quote(value));
  }

  private static void rollup(StringBuilder out, String prefix, String scope, StatusCounts c) {
    out.append(prefix).append("rollup,").append(quote(scope)).append(",,,,,,,,,,,,,,,,,");
    for (Status s : COUNTED) {
      out.append(',').append(c.count(s));
    }
    out.append(',').append(c.total()).append(',');
    c.shareMetPercent().ifPresent(p -> out.append(p.toPlainString()));
    out.append("\r\n");
  }

  private static boolean needsQuotes(String field) {
    return field.indexOf(',') >= 0
        || field.indexOf('"') >= 0
        || field.indexOf('\n') >= 0
        || field.indexOf('\r') >= 0;
  }

  /** A field quoted when it holds a comma, a quote or a line break, quotes doubled. */
  static String quote(String field) {
    if (!needsQuotes(field)) {
      return field;
    }
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }
}
