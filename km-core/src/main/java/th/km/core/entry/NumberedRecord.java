package th.km.core.entry;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.function.Function;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;

/**
 * A new record whose id the store chooses at the moment of the write ({@link
 * RecordCommands#addNumbered}): the kind's prefix and the first free number, such as {@code
 * training-17}. Choosing it inside the write, not from what a form read earlier, is what keeps two
 * people who save at the same time from taking the same id.
 *
 * @param prefix the start of the id, such as {@code training}
 * @param kind the kind of the record
 * @param withId builds the record with the id it is given
 */
public record NumberedRecord(String prefix, RecordKind kind, Function<String, YearRecord> withId) {

  public NumberedRecord {
    checkArgument(prefix.matches("[a-z][a-z-]*"), "an id prefix is lower-case letters and '-', got '%s'", prefix);
  }

  /**
   * The first free id among the records: the number after the count of the kind's records, or the
   * next that no record of any kind uses.
   */
  public String firstFreeId(YearRecords records) {
    int n = records.ofKind(kind).size() + 1;
    while (records.byId(prefix + "-" + n).isPresent()) {
      n++;
    }
    return prefix + "-" + n;
  }

  /** The record with the first free id among the records. */
  public YearRecord numberedIn(YearRecords records) {
    YearRecord record = withId.apply(firstFreeId(records));
    checkArgument(record.kind() == kind, "a %s prefix built a %s", kind, record.kind());
    return record;
  }

  /**
   * What an add with a chosen id came to.
   *
   * @param result saved, or why not
   * @param record the record as it was offered to the store, with the id it was given
   */
  public record Added(WriteResult result, YearRecord record) {}
}
