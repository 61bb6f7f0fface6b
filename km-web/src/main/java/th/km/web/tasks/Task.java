package th.km.web.tasks;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One thing an account has to do, with the form that does it.
 *
 * @param kind what sort of task
 * @param id a stable id within the year, such as {@code report-t2}, for the calendar's UID
 * @param th what to do, in Thai
 * @param en what to do, in English
 * @param due the day it is due; empty when the plan gives none
 * @param overdue whether the due day has passed
 * @param form the path of the form that does it, under the organization, with its query
 */
public record Task(Kind kind, String id, String th, String en, Optional<LocalDate> due, boolean overdue, String form) {

  /** The sorts of task, in the order the page lists them. */
  public enum Kind {
    /** A post-training report to hand in. */
    REPORT("tasks.reports"),
    /** A post-training report waiting for the account's signature. */
    SIGN_OFF("tasks.signOffs"),
    /** An activity of the plan the account's division carries out this month. */
    ACTIVITY("tasks.activities"),
    /** A KM goal or principle the account's person has not acknowledged yet. */
    ACKNOWLEDGEMENT("tasks.acknowledgements"),
    /** A mandatory reading of the knowledge base the account has not acknowledged yet. */
    READING("tasks.readings");

    private final String titleKey;

    Kind(String titleKey) {
      this.titleKey = titleKey;
    }

    /** The message key of the section's title. */
    public String titleKey() {
      return titleKey;
    }
  }

  /** What to do in the language, Thai when {@code thai}. */
  public String text(boolean thai) {
    return thai ? th : en;
  }
}
