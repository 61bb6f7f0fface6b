package th.km.persistence.records;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import th.km.core.plan.KmPlan;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.core.store.RecordConflict;
import th.km.persistence.PersistenceException;

/**
 * The records of one organization's fiscal year as a folder of files: a manifest {@value
 * #MANIFEST} that names the organization and the year, and one JSON Lines file per kind of record
 * ({@code staff.jsonl}, {@code trainings.jsonl}, …), one record per line, as {@code
 * docs/records-format.md} describes. A missing file means no records of its kind.
 *
 * <p>Reading is all or nothing: every problem of every file is found and reported with its file,
 * line and field, and a folder with any error gives no records, so that nothing is evaluated on a
 * half-read year. Writing replaces each file atomically and keeps the records' order, so that
 * reading what was written gives equal records.
 */
public final class RecordsFolder {

  /** The manifest's file name. */
  public static final String MANIFEST = "records.json";

  /** The value of the manifest's {@code "format"} field. */
  public static final String FORMAT = "km-records";

  /** The version of the format this code writes and the only one it reads. */
  public static final int FORMAT_VERSION = 1;

  private static final Map<RecordKind, String> FILE_NAMES = names();

  /** The JSON reader and writer of every file of the folder. */
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          // A field written twice on one line would otherwise silently lose its first value.
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private RecordsFolder() {}

  /** The name of the file that holds the records of the kind, such as {@code trainings.jsonl}. */
  public static String fileName(RecordKind kind) {
    return FILE_NAMES.get(kind);
  }

  /** The names of the kinds' files. */
  static Collection<String> fileNames() {
    return FILE_NAMES.values();
  }

  private static Map<RecordKind, String> names() {
    Map<RecordKind, String> names = new EnumMap<>(RecordKind.class);
    for (RecordKind kind : RecordKind.values()) {
      names.put(
          kind,
          switch (kind) {
            case STAFF -> "staff.jsonl";
            case TRAINING -> "trainings.jsonl";
            case TRAINING_REPORT -> "training-reports.jsonl";
            case SUPERVISOR_RATING -> "supervisor-ratings.jsonl";
            case KNOWLEDGE_ASSET -> "knowledge-assets.jsonl";
            case MEETING -> "meetings.jsonl";
            case ACKNOWLEDGEMENT -> "acknowledgements.jsonl";
            case ACCESS_EVENT -> "access-events.jsonl";
            case RECOGNITION -> "recognitions.jsonl";
            case PROGRESS_UPDATE -> "progress-updates.jsonl";
            case EVALUATION_REPORT -> "evaluation-reports.jsonl";
            case MONITORING_NOTE -> "monitoring-notes.jsonl";
          });
    }
    return Map.copyOf(names);
  }

  // Reading

  /**
   * The records in the folder, checked on their own: ids, references between records, dates.
   *
   * @throws RecordsFolderException listing every problem when the folder has any error
   */
  public static YearRecords read(Path dir) {
    return loaded(dir, load(dir));
  }

  /**
   * The records in the folder, checked on their own and against the plan: the organization and
   * fiscal year must be the plan's, divisions and activities must be in it.
   *
   * @throws RecordsFolderException listing every problem when the folder has any error
   */
  public static YearRecords read(Path dir, KmPlan plan) {
    return loaded(dir, load(dir, plan));
  }

  /** Reads the folder, checked on its own, into records or a refusal that lists every problem. */
  public static RecordsReading load(Path dir) {
    return new RecordsFolderReader(dir, Optional.empty()).read();
  }

  /** Reads the folder, checked on its own and against the plan, into records or a refusal. */
  public static RecordsReading load(Path dir, KmPlan plan) {
    return new RecordsFolderReader(dir, Optional.of(plan)).read();
  }

  private static YearRecords loaded(Path dir, RecordsReading reading) {
    return switch (reading) {
      case RecordsReading.Loaded l -> l.records();
      case RecordsReading.Refused r -> throw new RecordsFolderException(dir.toString(), r.problems());
    };
  }

  /**
   * A conflict of one of the folder's records with what the store holds, placed at the record's
   * file and line and at the fields that differ, so that a refused import names where to look.
   */
  public static RecordsFileProblem placed(Path dir, RecordConflict conflict) {
    return ConflictPlaces.placed(dir, conflict);
  }

  // Writing

  /**
   * Writes the records into the folder, creating it if needed: the manifest and one file per kind,
   * each replaced atomically, the records in their order. A kind without records gets an empty
   * file, so that writing over an older folder leaves none of its records behind.
   *
   * @throws PersistenceException when a file cannot be written
   */
  public static void write(YearRecords records, Path dir) {
    RecordsFolderWriter.write(records, dir);
  }

  /**
   * One record as a line of its kind's file holds it, without the line end: the form in which the
   * audit log keeps a record's state before and after a change.
   */
  public static String json(YearRecord record) {
    return RecordsFolderWriter.json(record);
  }
}
