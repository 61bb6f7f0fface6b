package th.km.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import th.km.core.LocalizedText;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.evaluation.Status;
import th.km.core.evaluation.StatusCounts;
import th.km.core.records.ProgressUpdate;

/**
 * An evaluation as JSON for other programs: {@code asOf}, {@code fiscalYear}, one entry per
 * indicator in {@code results} and the status counts in {@code rollups}. Statuses are their
 * constant names ({@code MET}, {@code AT_RISK}); a missing value is {@code null}.
 */
final class EvaluationJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvaluationJson() {}

  static String write(Evaluation e) {
    ObjectNode o = JSON.objectNode();
    o.put("organization", e.organization().value());
    o.put("asOf", e.asOf().toString());
    o.put("fiscalYear", e.fiscalYear().buddhistYear());
    ArrayNode results = o.putArray("results");
    e.results().forEach(r -> results.add(result(r)));
    o.set("rollups", rollups(e));
    ArrayNode progress = o.putArray("progress");
    for (ProgressUpdate p : e.latestProgress()) {
      ObjectNode po = progress.addObject();
      po.put("goal", p.activity().goal());
      po.put("activity", p.activity().activity());
      po.put("date", p.date().toString());
      po.put("percent", p.percent());
      po.put("narrative", p.narrative());
      po.put("record", p.id());
    }
    try {
      return MAPPER.writeValueAsString(o).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e1) {
      throw new IllegalStateException("Jackson could not write a tree of plain JSON nodes", e1);
    }
  }

  private static ObjectNode result(IndicatorResult r) {
    ObjectNode o = JSON.objectNode();
    switch (r.subject()) {
      case IndicatorSubject.Activity a -> {
        o.put("goal", a.goal());
        o.put("activity", a.activity());
        o.putNull("monitoringRule");
      }
      case IndicatorSubject.Monitoring m -> {
        o.putNull("goal");
        o.putNull("activity");
        o.put("monitoringRule", m.ruleKey());
      }
    }
    o.put("number", r.indicatorNumber());
    o.putObject("indicator").put("th", r.indicatorText());
    o.putObject("targetText").put("th", r.targetText());
    o.put("status", r.status().name());
    o.putObject("statusName").put("th", r.status().thaiName()).put("en", r.status().englishName());
    if (r.value().isPresent()) {
      o.put("value", r.value().get());
    } else {
      o.putNull("value");
    }
    o.put("unit", r.unit().name());
    if (r.target().isPresent()) {
      LocalizedText t = r.target().get().describe();
      o.putObject("target").put("th", t.th()).put("en", t.en());
    } else {
      o.putNull("target");
    }
    if (r.numerator().isPresent()) {
      o.put("numerator", r.numerator().getAsLong());
    } else {
      o.putNull("numerator");
    }
    if (r.denominator().isPresent()) {
      o.put("denominator", r.denominator().getAsLong());
    } else {
      o.putNull("denominator");
    }
    o.putObject("reason").put("th", r.reason().th()).put("en", r.reason().en());
    o.putObject("period").put("start", r.period().start().toString()).put("end", r.period().end().toString());
    ArrayNode divisions = o.putArray("divisions");
    r.divisions().forEach(d -> divisions.add(d.value()));
    ArrayNode records = o.putArray("records");
    r.recordIds().forEach(records::add);
    return o;
  }

  private static ObjectNode rollups(Evaluation e) {
    ObjectNode o = JSON.objectNode();
    o.set("organization", counts(e.rollups().organization()));
    o.set("monitoring", counts(e.rollups().monitoring()));
    ObjectNode goals = o.putObject("byGoal");
    e.rollups().byGoal().forEach((goal, c) -> goals.set(String.valueOf(goal), counts(c)));
    ObjectNode steps = o.putObject("byStep");
    e.rollups().byStep().forEach((step, c) -> steps.set(step, counts(c)));
    ObjectNode divisions = o.putObject("byDivision");
    e.rollups().byDivision().forEach((d, c) -> divisions.set(d.value(), counts(c)));
    return o;
  }

  private static ObjectNode counts(StatusCounts c) {
    ObjectNode o = JSON.objectNode();
    for (Status s : Status.values()) {
      o.put(s.name(), c.count(s));
    }
    o.put("total", c.total());
    if (c.shareMetPercent().isPresent()) {
      o.put("shareMetPercent", c.shareMetPercent().get());
    } else {
      o.putNull("shareMetPercent");
    }
    return o;
  }
}
