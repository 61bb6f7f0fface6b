package th.km.persistence.records;

import java.util.Optional;
import java.util.regex.Pattern;
import th.km.core.records.RecordKind;

/**
 * Checks the ids of a records file: their form, that a record's own id is used once in the whole
 * folder, and that a reference names a record of the right kind that was read.
 */
final class IdFields {

  /**
   * The form of a record id, the same as the core's rule for ids (1 to 100 letters, digits or
   * {@code . _ : / # -}, no spaces), checked here so that a bad id is named by its field.
   */
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{M}\\p{N}._:/#-]{1,100}");

  private IdFields() {}

  /** The id when it has the form of one; empty after reporting on the line that it has not. */
  static String ofForm(LineIn in, String at, String id) {
    if (!ID.matcher(id).matches()) {
      in.error(
          at,
          "รหัส '" + id + "' ใช้ไม่ได้: ต้องยาว 1-100 ตัว เป็นตัวอักษร ตัวเลข หรือ . _ : / # - ไม่มีช่องว่าง",
          "id '" + id + "' is not allowed: 1-100 letters, digits or . _ : / # -, without spaces");
      return "";
    }
    return id;
  }

  /** Whether the id was read with the form of one, rather than stood in for by an empty one. */
  static boolean isValid(String id) {
    return !id.isEmpty();
  }

  /** Registers the record's own id, reporting a second use of it anywhere in the folder. */
  static void register(LineIn in, String id, RecordKind kind) {
    if (isValid(id)) {
      in.context()
          .register(id, kind, in.location())
          .ifPresent(
              earlier ->
                  in.error(
                      "id",
                      "รหัส " + id + " ซ้ำกับบันทึกที่ " + earlier + " รหัสต้องไม่ซ้ำกันทั้งโฟลเดอร์",
                      "id " + id + " is already used at " + earlier
                          + "; ids must be unique across the folder"));
    }
  }

  /** Reports a reference to a record that is not of the kind, or that was not read. */
  static void checkReference(LineIn in, String field, String id, RecordKind kind) {
    FolderContext context = in.context();
    if (!isValid(id) || context.isKnown(id, kind)) {
      return;
    }
    String file = RecordsFolder.fileName(kind);
    Optional<RecordKind> other = context.kindOf(id);
    if (other.isPresent()) {
      in.error(
          field,
          "รหัส " + id + " เป็น" + other.get().thaiName() + " ไม่ใช่" + kind.thaiName(),
          "id " + id + " is a " + other.get().englishName() + ", not a " + kind.englishName());
    } else {
      in.error(
          field,
          "ไม่มี" + kind.thaiName() + "รหัส " + id + " ใน " + file,
          "no " + kind.englishName() + " with id " + id + " in " + file);
    }
  }
}
