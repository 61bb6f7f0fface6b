package th.km.core.textimport;

import java.util.List;
import java.util.Optional;

/**
 * A row of an action-plan table as written, before the KM step it belongs to is decided.
 *
 * @param line the source line (for a row whose cells wrapped over several lines, the first)
 * @param number the row's number within its goal
 * @param label the activity's name, without the dash-listed details run on after it
 * @param details the dash-listed details ("- บอร์ดประชาสัมพันธ์ - เว็บไซต์เทศบาล")
 */
record ActionRow(
    SourceLine line,
    int number,
    String label,
    List<String> details,
    String method,
    String period,
    String indicator,
    String target,
    String responsible,
    Optional<String> note) {

  ActionRow {
    details = List.copyOf(details);
  }
}
