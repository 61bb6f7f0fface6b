package th.km.web.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;

/**
 * A data-entry form that also corrects a stored record: opened with {@code ?id=ID} (or the
 * form's own {@link #queryParameter}), it shows the record's values and its version in hidden
 * fields, and a submission with an {@code id} is a correction of that version, never a new record.
 *
 * <p>Most forms leave the correction to {@link Entry}: it reads the form as for a new record, against
 * the year without the record being corrected (so that "this person has acknowledged already" does
 * not count the record itself), and gives the record the stored id. A form that reads the id
 * itself says so with {@link #readsItsOwnId}.
 */
public interface CorrectableForm extends EntryForm {

  /** The kind of record the form corrects. */
  RecordKind correctedKind();

  /** The query parameter that names the record to correct. */
  default String queryParameter() {
    return "id";
  }

  /** Whether {@link #read} itself turns an {@code id} field into a correction. */
  default boolean readsItsOwnId() {
    return false;
  }

  /**
   * The correction to store, from the record the form describes and the stored one: what the form
   * does not show (a report's sign-offs, who entered a note) is kept as stored.
   */
  default YearRecord corrected(YearRecord fromForm, YearRecord stored) {
    return fromForm;
  }

  /** The stored record's values, with {@code id} and {@code version}, to open the form on. */
  Map<String, List<String>> valuesOf(YearRecord record, int version);

  /** The form values of a record: its id and version, then the fields named and their values. */
  static Map<String, List<String>> values(String id, int version, String... namesAndValues) {
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put("id", List.of(id));
    v.put("version", List.of(Integer.toString(version)));
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      v.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
    }
    return v;
  }
}
