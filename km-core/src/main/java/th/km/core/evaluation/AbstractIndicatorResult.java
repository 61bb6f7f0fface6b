package th.km.core.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import th.km.core.LocalizedText;
import th.km.core.calendar.DateRange;
import th.km.core.indicator.IndicatorRule;
import th.km.core.plan.DivisionCode;
import th.km.core.target.ParsedTarget;

/**
 * The evaluation of one indicator as of one day: its value, target and status, the reason in Thai
 * and English, and the ids of the records behind the number.
 */
@Value.Immutable
public abstract class AbstractIndicatorResult {

  public abstract IndicatorSubject subject();

  /** The indicator's number among those of its activity or monitoring rule, from 1. */
  public abstract int indicatorNumber();

  /** The plan's indicator text, verbatim. */
  public abstract String indicatorText();

  /** The plan's target text, verbatim. */
  public abstract String targetText();

  public abstract IndicatorRule rule();

  /** The period the indicator is measured over. */
  public abstract DateRange period();

  public abstract Status status();

  /**
   * The value: a count, or a percentage rounded down to two decimals (so a shown 90.00 is never
   * really 89.999); empty when there is no data or nothing to count.
   */
  public abstract Optional<BigDecimal> value();

  public abstract ValueUnit unit();

  /** The numerator of a percentage. */
  public abstract OptionalLong numerator();

  /** The denominator of a percentage. */
  public abstract OptionalLong denominator();

  /** The target; empty for a report-only indicator. */
  public abstract Optional<ParsedTarget> target();

  /** Why the status is what it is, naming the numbers. */
  public abstract LocalizedText reason();

  /** The ids of the records counted, sorted. */
  public List<String> recordIds() {
    return recordIdList().ids();
  }

  /**
   * The ids of the records counted, held as the evaluation gave them: an attribute of a list type
   * would be copied id by id by the builder, and one count may name tens of thousands of records.
   */
  abstract RecordIdList recordIdList();

  /** The divisions responsible, from the activity's responsible text; empty for monitoring. */
  public abstract List<DivisionCode> divisions();
}
