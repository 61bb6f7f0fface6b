package th.km.core.indicator;

/**
 * An indicator (ตัวชี้วัด) of a plan activity or monitoring rule: the plan's own Thai indicator and
 * target text, verbatim, beside the formal rule that evaluates them.
 *
 * @param indicatorText the indicator as the plan writes it ("๒. จัดอบรมเชิงปฏิบัติการ…")
 * @param targetText the target as the plan writes it ("๒. พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน")
 * @param rule how it is evaluated
 */
public record Indicator(String indicatorText, String targetText, IndicatorRule rule) {

  /** Whether the rule only shows a number and can never be met. */
  public boolean isReportOnly() {
    return rule instanceof IndicatorRule.ReportOnly;
  }
}
