package th.km.core.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One record of the year, of any kind: it has an id unique within its organization's year and
 * knows the day it counts on and the staff members it names.
 */
public interface YearRecord {

  /** The record's id, unique among all records of the organization's year. */
  String id();

  RecordKind kind();

  /**
   * The day the record counts on when an indicator asks whether it falls in a period: the start of
   * a training, the submission of a report, the day of a meeting. Empty for a staff member, who is
   * not an event.
   */
  Optional<LocalDate> occurredOn();

  /**
   * The ids of the staff members the record itself names (the trainee, the attendees, the authors).
   * Records that reach a person only through another record (a report through its training) name
   * nobody here.
   */
  default List<String> personIds() {
    return List.of();
  }

  /** How much the record counts for when an indicator sums quantities: 1 except for accesses. */
  default long quantity() {
    return 1;
  }
}
