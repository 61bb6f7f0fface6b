package th.km.core.store;

import java.util.List;
import th.km.core.LocalizedText;
import th.km.core.records.RecordKind;

/** Why one record of an import cannot be stored as it is. */
public sealed interface RecordConflict {

  /** The kind of the record being imported. */
  RecordKind kind();

  /** The id of the record being imported. */
  String id();

  /** What is wrong, in Thai and English, naming the record. */
  LocalizedText message();

  /**
   * A record with the id is stored with other content.
   *
   * @param fields the fields that differ, as the records folder names them
   */
  record Changed(RecordKind kind, String id, List<String> fields) implements RecordConflict {

    public Changed {
      fields = List.copyOf(fields);
    }

    @Override
    public LocalizedText message() {
      String names = String.join(", ", fields);
      return LocalizedText.of(
          kind.thaiName() + " " + id + " บันทึกไว้แล้วในฐานข้อมูลแต่ข้อมูลต่างกัน (" + names
              + ") การนำเข้าจะไม่เขียนทับ ให้แก้ไขรายการนั้นโดยตรง",
          kind.englishName() + " " + id + " is stored with other content (" + names
              + "); an import never overwrites it, change the record itself");
    }
  }

  /** A record with the id is stored as another kind of record. */
  record OtherKind(RecordKind kind, String id, RecordKind storedKind) implements RecordConflict {

    @Override
    public LocalizedText message() {
      return LocalizedText.of(
          kind.thaiName() + " " + id + " ใช้รหัสเดียวกับ" + storedKind.thaiName()
              + "ที่บันทึกไว้แล้วในฐานข้อมูล",
          kind.englishName() + " " + id + " has the id of a stored " + storedKind.englishName());
    }
  }

  /** The import itself holds another record with the id. */
  record Duplicate(RecordKind kind, String id) implements RecordConflict {

    @Override
    public LocalizedText message() {
      return LocalizedText.of(
          kind.thaiName() + " " + id + " ใช้รหัสซ้ำกับบันทึกอื่นที่นำเข้าพร้อมกัน",
          kind.englishName() + " " + id + " has the id of another record in the same import");
    }
  }
}
