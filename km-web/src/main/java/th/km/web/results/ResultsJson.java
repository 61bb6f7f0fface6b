package th.km.web.results;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import th.km.core.LocalizedText;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.evaluation.RuleWords;
import th.km.core.evaluation.Status;
import th.km.core.evaluation.StatusCounts;
import th.km.core.plan.KmPlan;
import th.km.web.year.Snapshot;

/**
 * The JSON shapes of the results resources, mapped explicitly from the evaluation so that a change
 * of the engine never changes the API by accident. Absent values are left out.
 */
public final class ResultsJson {

  private ResultsJson() {}

  /** A text in both languages. */
  public record Text(String th, String en) {
    public static Text of(LocalizedText t) {
      return new Text(t.th(), t.en());
    }
  }

  /** Indicators per status, the total, and the share met (met over all but report-only). */
  public record CountsJson(Map<String, Integer> counts, int total, @Nullable BigDecimal shareMetPercent) {
    public static CountsJson of(StatusCounts c) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      StepChart.ORDER.forEach(s -> counts.put(s.name(), c.count(s)));
      return new CountsJson(counts, c.total(), c.shareMetPercent().orElse(null));
    }
  }

  /** The year's results: every indicator and the roll-ups. */
  public record Results(
      String organization,
      int fiscalYear,
      String asOf,
      CountsJson counts,
      Map<String, CountsJson> byGoal,
      Map<String, CountsJson> byStep,
      Map<String, CountsJson> byDivision,
      CountsJson monitoring,
      List<Result> results) {}

  /**
   * One evaluated indicator. {@code recordIds} is left out of the public resource, which names no
   * record.
   */
  public record Result(
      String id,
      String subject,
      @Nullable Integer goal,
      @Nullable Integer activity,
      @Nullable String step,
      @Nullable String monitoringRule,
      int number,
      String indicatorText,
      String targetText,
      Text rule,
      String periodStart,
      String periodEnd,
      String status,
      Text statusName,
      @Nullable BigDecimal value,
      String unit,
      @Nullable Long numerator,
      @Nullable Long denominator,
      @Nullable Text target,
      Text reason,
      @Nullable List<String> recordIds) {

    static Result of(IndicatorResult r, KmPlan plan, boolean withRecords) {
      Integer goal = null;
      Integer activity = null;
      String step = null;
      String rule = null;
      switch (r.subject()) {
        case IndicatorSubject.Activity a -> {
          goal = a.goal();
          activity = a.activity();
          step = a.step().key();
        }
        case IndicatorSubject.Monitoring m -> rule = m.ruleKey();
      }
      Status s = r.status();
      return new Result(
          IndicatorIds.of(r),
          r.subject().key(),
          goal,
          activity,
          step,
          rule,
          r.indicatorNumber(),
          r.indicatorText(),
          r.targetText(),
          Text.of(RuleWords.describe(r.rule(), plan)),
          r.period().start().toString(),
          r.period().end().toString(),
          s.name(),
          new Text(s.thaiName(), s.englishName()),
          r.value().orElse(null),
          r.unit().name(),
          r.numerator().isPresent() ? r.numerator().getAsLong() : null,
          r.denominator().isPresent() ? r.denominator().getAsLong() : null,
          r.target().map(t -> Text.of(t.describe())).orElse(null),
          Text.of(r.reason()),
          withRecords ? r.recordIds() : null);
    }
  }

  /** The results of a snapshot, with the records behind each number or (for the public) without. */
  public static Results of(Snapshot snapshot, boolean withRecords) {
    Evaluation e = snapshot.evaluation();
    Map<String, CountsJson> byGoal = new LinkedHashMap<>();
    e.rollups().byGoal().forEach((g, c) -> byGoal.put(String.valueOf(g), CountsJson.of(c)));
    Map<String, CountsJson> byStep = new LinkedHashMap<>();
    e.rollups().byStep().forEach((k, c) -> byStep.put(k, CountsJson.of(c)));
    Map<String, CountsJson> byDivision = new LinkedHashMap<>();
    e.rollups().byDivision().forEach((d, c) -> byDivision.put(d.value(), CountsJson.of(c)));
    return new Results(
        e.organization().value(),
        e.fiscalYear().buddhistYear(),
        e.asOf().toString(),
        CountsJson.of(e.rollups().organization()),
        byGoal,
        byStep,
        byDivision,
        CountsJson.of(e.rollups().monitoring()),
        e.results().stream().map(r -> Result.of(r, snapshot.plan(), withRecords)).toList());
  }

  /** One indicator with the records it counted. */
  public record IndicatorDetail(
      String organization, int fiscalYear, String asOf, Result result, List<RecordRef> records) {}

  /** A record counted by an indicator, and where the API gives it. */
  public record RecordRef(String id, String kind, @Nullable String occurredOn, String href) {}
}
