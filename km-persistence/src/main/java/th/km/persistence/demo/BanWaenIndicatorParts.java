package th.km.persistence.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import th.km.core.indicator.CountUnit;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.Population;
import th.km.core.indicator.PopulationKind;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.StaffCategory;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.MeetingKind;
import th.km.core.records.RecordKind;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;
import th.km.core.target.TargetParser;

/**
 * The parts the Ban Waen indicators are built from: the staff counted in percentages, the record
 * selectors, the rules the plan's words name most often, and how a row's numbered items become one
 * indicator each, so that {@link BanWaenIndicators} reads as the plan's rows.
 */
final class BanWaenIndicatorParts {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Staff of the municipality (บุคลากรในสังกัด): officers and contract staff. */
  static final RecordFilter OWN_STAFF =
      RecordFilter.builder()
          .addStaffCategories(StaffCategory.MUNICIPAL_OFFICER, StaffCategory.CONTRACT_STAFF)
          .build();

  static final Population STAFF_IN_SERVICE =
      new Population(PopulationKind.ACTIVE_STAFF, OWN_STAFF);

  static final RecordFilter WORK_MANUALS =
      RecordFilter.builder().addAssetKinds(AssetKind.WORK_MANUAL).build();

  private BanWaenIndicatorParts() {}

  /** One indicator with the row's whole indicator and target text. */
  static List<Indicator> whole(PlanActivity a, IndicatorRule rule) {
    return List.of(new Indicator(a.indicator(), a.target(), rule));
  }

  /**
   * One indicator per numbered item of the row's indicator text, each with its item's words and
   * the matching item of the target, or the whole target when it has no items.
   */
  static List<Indicator> items(PlanActivity a, List<IndicatorRule> rules) {
    List<String> indicators = TargetParser.splitNumbered(a.indicator());
    List<String> targets = TargetParser.splitNumbered(a.target());
    List<Indicator> out = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      String target = targets.size() == indicators.size() ? pick(targets, i, a.target()) : a.target();
      out.add(new Indicator(pick(indicators, i, a.indicator()), target, rules.get(i)));
    }
    return out;
  }

  static String pick(List<String> parts, int i, String whole) {
    return parts.size() > i && parts.size() > 1 ? parts.get(i) : whole;
  }

  static IndicatorRule.ReportOnly reportOnly(RecordSelector measure, CountUnit unit) {
    return IndicatorRule.ReportOnly.counting(measure, unit);
  }

  static IndicatorRule.Occurrence atLeastOnce(RecordSelector selector) {
    return new IndicatorRule.Occurrence(selector, 1);
  }

  static IndicatorRule.Percentage staffShare(RecordSelector qualifying, String targetText) {
    return new IndicatorRule.Percentage(
        STAFF_IN_SERVICE, qualifying, percentTarget(targetText, BigDecimal.valueOf(90)));
  }

  static RecordSelector assets(AssetStatus atLeast) {
    return RecordSelector.of(
        RecordKind.KNOWLEDGE_ASSET, RecordFilter.builder().minimumStatus(atLeast).build());
  }

  static RecordSelector meetings(MeetingKind... kinds) {
    return RecordSelector.of(RecordKind.MEETING, RecordFilter.builder().addMeetingKinds(kinds).build());
  }

  static RecordSelector acknowledged(AcknowledgementTopic topic) {
    return RecordSelector.of(
        RecordKind.ACKNOWLEDGEMENT, RecordFilter.builder().addTopics(topic).build());
  }

  /** The target's percentage as the plan writes it; the seed's own number when it cannot be read. */
  static ParsedTarget.Percentage percentTarget(String targetText, BigDecimal seedPercent) {
    return TargetParser.parse(targetText) instanceof ParsedTarget.Percentage p
        ? p
        : new ParsedTarget.Percentage(Comparator.AT_LEAST, seedPercent);
  }

  /** The target's count as the plan writes it; the seed's own when it cannot be read. */
  static ParsedTarget.Count countTarget(String targetText, ParsedTarget.Count seedCount) {
    return TargetParser.parse(targetText) instanceof ParsedTarget.Count c ? c : seedCount;
  }
}
