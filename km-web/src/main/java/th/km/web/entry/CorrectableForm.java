package th.km.web.entry;

import java.util.List;
import java.util.Map;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;

/**
 * A data-entry form that also corrects a stored record: opened with {@code ?id=ID} (or the
 * form's own {@link #queryParameter}), it shows the record's values and its version in hidden
 * fields, and its {@link EntryForm#read} turns the values back into a correction of that version.
 */
public interface CorrectableForm extends EntryForm {

  /** The kind of record the form corrects. */
  RecordKind correctedKind();

  /** The query parameter that names the record to correct. */
  default String queryParameter() {
    return "id";
  }

  /** The stored record's values, with {@code id} and {@code version}, to open the form on. */
  Map<String, List<String>> valuesOf(YearRecord record, int version);
}
