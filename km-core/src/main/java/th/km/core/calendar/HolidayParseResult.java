package th.km.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/** What reading a holiday file gave: the whole calendar, or every problem and no calendar. */
public sealed interface HolidayParseResult {

  /** The file was sound. */
  record Parsed(HolidayCalendar calendar) implements HolidayParseResult {}

  /** The file had problems, in the order of their lines; none of its holidays are used. */
  record Rejected(List<HolidayFileProblem> problems) implements HolidayParseResult {

    public Rejected {
      problems = List.copyOf(problems);
      checkArgument(!problems.isEmpty(), "a rejected holiday file needs at least one problem");
    }
  }
}
