package th.km.core.indicator;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * An indicator attached to one of the plan's monitoring rules (แนวทางการติดตามและประเมินผล), such as
 * the share of post-training reports filed within 15 days.
 *
 * @param ruleKey the {@link th.km.core.plan.MonitoringRule#key()} of the rule
 * @param indicator the indicator
 */
public record MonitoringIndicator(String ruleKey, Indicator indicator) {

  public MonitoringIndicator {
    checkArgument(!ruleKey.isBlank(), "a monitoring indicator must name its rule's key");
  }
}
