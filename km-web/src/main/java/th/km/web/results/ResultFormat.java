package th.km.web.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import th.km.core.LocalizedText;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.evaluation.Status;
import th.km.core.evaluation.ValueUnit;
import th.km.core.plan.KmPlan;
import th.km.web.page.Page;

/**
 * How results read on the pages: a status is a coloured badge that always says its name too, a
 * value is written as the plan writes targets ("ร้อยละ 85.5", "85.5%"), and an indicator is named by
 * its goal and activity.
 */
public final class ResultFormat {

  private ResultFormat() {}

  /** The status's name in the page's language. */
  public static String status(Page page, Status status) {
    return page.pick(status.thaiName(), status.englishName());
  }

  /** The CSS class of the status's badge and bar segment: "status-at-risk". */
  public static String statusClass(Status status) {
    return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The value in the page's language, or a dash when there is none. */
  public static String value(Page page, IndicatorResult result) {
    return result.value().map(v -> number(page, v, result.unit())).orElse("—");
  }

  /**
   * A number in its unit: a percentage always with one decimal, rounded down as the evaluation
   * rounds ("ร้อยละ 90.0", "85.5%"), so that no shown value reaches a target the real one misses; a
   * count as it is.
   */
  public static String number(Page page, BigDecimal value, ValueUnit unit) {
    if (unit == ValueUnit.COUNT) {
      return value.stripTrailingZeros().toPlainString();
    }
    String plain = percent(value);
    return page.pick("ร้อยละ " + plain, plain + "%");
  }

  /** A percentage with one decimal, rounded down: "85.5", "90.0". */
  public static String percent(BigDecimal value) {
    return value.setScale(1, RoundingMode.DOWN).toPlainString();
  }

  /** The target in words, or that the indicator has none it can be measured by. */
  public static String target(Page page, IndicatorResult result) {
    return result.target().map(t -> text(page, t.describe())).orElse(page.t("result.noTarget"));
  }

  /** "18 / 20" for a percentage, empty for a count. */
  public static String fraction(IndicatorResult result) {
    if (result.numerator().isEmpty() || result.denominator().isEmpty()) {
      return "";
    }
    return result.numerator().getAsLong() + " / " + result.denominator().getAsLong();
  }

  /** What the indicator belongs to: "เป้าหมาย 2 กิจกรรม 5" or the monitoring rule. */
  public static String subject(Page page, IndicatorResult result) {
    return switch (result.subject()) {
      case IndicatorSubject.Activity a -> page.t("result.activitySubject", a.goal(), a.activity());
      case IndicatorSubject.Monitoring m -> page.t("result.monitoringSubject", monitoringRule(page, m.ruleKey()));
    };
  }

  /** A monitoring rule's name by its key. */
  public static String monitoringRule(Page page, String key) {
    String messageKey =
        switch (key) {
          case "training-report" -> "monitoring.trainingReport";
          case "knowledge-document" -> "monitoring.knowledgeDocument";
          case "supervisor-review" -> "monitoring.supervisorReview";
          case "evaluation-report" -> "monitoring.evaluationReport";
          default -> "monitoring.other";
        };
    return page.t(messageKey, key);
  }

  /** The text in the page's language. */
  public static String text(Page page, LocalizedText text) {
    return page.pick(text.th(), text.en());
  }

  /**
   * A link to another page of the same year that keeps the page's query (its year and as-of day):
   * "/organizations/ban-waen/indicators/goal-1-activity-1-1?year=2569".
   */
  public static String link(Page page, String path) {
    return page.query().isEmpty() ? path : path + "?" + page.query();
  }

  /** The link to the indicator's detail, keeping the page's year and as-of day. */
  public static String indicatorHref(Page page, KmPlan plan, IndicatorResult result) {
    return link(
        page, "/organizations/" + plan.organization().code().value() + "/indicators/" + IndicatorIds.of(result));
  }

  /** The public page of the plan's organization and year. */
  public static String publicHref(KmPlan plan) {
    return "/public/" + plan.organization().code().value() + "/" + plan.fiscalYear().buddhistYear();
  }

  /** The indicator's period in B.E.: "1 ตุลาคม พ.ศ. 2568 – 31 ธันวาคม พ.ศ. 2568". */
  public static String period(Page page, IndicatorResult result) {
    return page.date(result.period().start()) + " – " + page.date(result.period().end());
  }
}
