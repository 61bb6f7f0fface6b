package th.km.cli;

import java.util.ArrayList;
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

  private EvaluationCsv() {}

  static String write(Evaluation e) {
    StringBuilder out = new StringBuilder();
    line(out, HEADER);
    for (IndicatorResult r : e.results()) {
      List<String> row = new ArrayList<>();
      row.add("result");
      row.add("");
      switch (r.subject()) {
        case IndicatorSubject.Activity a -> {
          row.add(String.valueOf(a.goal()));
          row.add(String.valueOf(a.activity()));
          row.add("");
        }
        case IndicatorSubject.Monitoring m -> {
          row.add("");
          row.add("");
          row.add(m.ruleKey());
        }
      }
      row.add(String.valueOf(r.indicatorNumber()));
      row.add(r.indicatorText());
      row.add(r.targetText());
      row.add(r.status().name());
      row.add(r.status().thaiName());
      row.add(r.value().map(v -> v.toPlainString()).orElse(""));
      row.add(r.unit().name());
      row.add(r.target().map(t -> t.describe().th()).orElse(""));
      row.add(r.target().map(t -> t.describe().en()).orElse(""));
      row.add(r.numerator().isPresent() ? String.valueOf(r.numerator().getAsLong()) : "");
      row.add(r.denominator().isPresent() ? String.valueOf(r.denominator().getAsLong()) : "");
      row.add(r.reason().th());
      row.add(r.reason().en());
      row.add(String.join(" ", r.recordIds()));
      for (int i = 0; i < 8; i++) {
        row.add("");
      }
      line(out, row);
    }
    rollup(out, "organization", e.rollups().organization());
    rollup(out, "monitoring", e.rollups().monitoring());
    for (Map.Entry<Integer, StatusCounts> g : e.rollups().byGoal().entrySet()) {
      rollup(out, "goal:" + g.getKey(), g.getValue());
    }
    for (Map.Entry<String, StatusCounts> s : e.rollups().byStep().entrySet()) {
      rollup(out, "step:" + s.getKey(), s.getValue());
    }
    e.rollups().byDivision().forEach((d, c) -> rollup(out, "division:" + d.value(), c));
    return out.toString();
  }

  private static void rollup(StringBuilder out, String scope, StatusCounts c) {
    List<String> row = new ArrayList<>();
    row.add("rollup");
    row.add(scope);
    for (int i = 0; i < 17; i++) {
      row.add("");
    }
    for (Status s :
        List.of(Status.MET, Status.NOT_MET, Status.ON_TRACK, Status.AT_RISK, Status.NO_DATA, Status.REPORT_ONLY)) {
      row.add(String.valueOf(c.count(s)));
    }
    row.add(String.valueOf(c.total()));
    row.add(c.shareMetPercent().map(p -> p.toPlainString()).orElse(""));
    line(out, row);
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(fields.get(i)));
    }
    out.append("\r\n");
  }

  /** A field quoted when it holds a comma, a quote or a line break, quotes doubled. */
  static String quote(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }
}
