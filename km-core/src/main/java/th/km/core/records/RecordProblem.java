package th.km.core.records;

import th.km.core.LocalizedText;

/**
 * Something wrong with the records of a year that does not stop them from being evaluated: a report
 * on a training nobody recorded, a staff member in a division the plan does not list, two records
 * with one id.
 *
 * @param recordId the record at fault
 * @param kind its kind
 * @param severity whether the evaluation can be trusted despite it
 * @param message what is wrong and where, in Thai and English
 */
public record RecordProblem(
    String recordId, RecordKind kind, Severity severity, LocalizedText message) {

  /** How much a problem matters. */
  public enum Severity {
    /** A reference leads nowhere or an id is used twice: some record is counted wrongly or not. */
    ERROR,
    /** Probably a slip, such as a record dated outside the fiscal year; it is not counted there. */
    WARNING
  }
}
