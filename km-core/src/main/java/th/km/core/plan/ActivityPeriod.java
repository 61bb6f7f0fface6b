package th.km.core.plan;

import java.util.Optional;
import th.km.core.calendar.MonthRange;

/**
 * When an activity runs (ระยะเวลา): the plan's text verbatim and, where it can be read, the months.
 *
 * @param text as written, for example "ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙"
 * @param months the months the text names, empty when it could not be read
 */
public record ActivityPeriod(String text, Optional<MonthRange> months) {

  public static ActivityPeriod of(String text, MonthRange months) {
    return new ActivityPeriod(text, Optional.of(months));
  }

  public static ActivityPeriod unreadable(String text) {
    return new ActivityPeriod(text, Optional.empty());
  }
}
