package th.km.core.calendar;

import java.time.LocalDate;

/** What a piece of text that looks like a Thai date turned out to be. */
public sealed interface DateReading {

  /** The text that was read, verbatim. */
  String text();

  /** A date that exists. */
  record Valid(String text, LocalDate date) implements DateReading {}

  /**
   * A date written in date form that cannot exist, such as "วันที่ 68 เดือน มีนาคม".
   *
   * @param reasonTh why, in Thai
   * @param reasonEn why, in English
   */
  record Impossible(String text, String reasonTh, String reasonEn) implements DateReading {}
}
