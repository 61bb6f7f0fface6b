package th.km.core.indicator;

import th.km.core.LocalizedText;

/**
 * What {@link IndicatorDrafter} could not turn into a rule, or turned only in part, for a plan
 * checker to show as a finding.
 *
 * @param where the indicator's place, "goal-1/activity-3" or "monitoring/training-report"
 * @param indicatorNumber the indicator's number there, from 1
 * @param message what was left report-only or unmeasured, and why
 */
public record DraftNote(String where, int indicatorNumber, LocalizedText message) {}
