package th.km.web.entry;

import java.util.List;
import java.util.Optional;
import th.km.core.LocalizedText;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.core.store.RecordConflict;
import th.km.core.store.RecordImport;
import th.km.core.store.RecordStore;

/**
 * Writes records through a {@link RecordStore}: a new record is imported on its own, in the
 * store's one transaction, so that the import's rule (an id stored with other content is never
 * overwritten) guards it. The store keeps no versions of its own, so every record reads as version
 * 0, and a stored record cannot be corrected through it: a correction is refused with a message
 * that says so.
 */
public final class StoreRecordWrites implements RecordWrites {

  private final RecordStore store;

  public StoreRecordWrites(RecordStore store) {
    this.store = store;
  }

  @Override
  public Optional<Versioned> find(OrganizationCode organization, FiscalYear year, String id) {
    return store.records(organization, year).byId(id).map(r -> new Versioned(r, 0));
  }

  @Override
  public WriteResult add(
      String actor, OrganizationCode organization, FiscalYear year, YearRecord record) {
    YearRecords one =
        MemoryRecords.put(
            YearRecords.builder().organization(organization).fiscalYear(year).build(), record);
    return switch (store.importRecords(one)) {
      case RecordImport.Imported i when i.totalAdded() == 1 ->
          new WriteResult.Saved(new Versioned(record, 0));
      case RecordImport.Imported i -> new WriteResult.Conflict(new Versioned(record, 0));
      case RecordImport.Refused r ->
          find(organization, year, record.id())
              .<WriteResult>map(WriteResult.Conflict::new)
              .orElseGet(
                  () ->
                      new WriteResult.Rejected(
                          r.conflicts().stream().map(RecordConflict::message).toList()));
      case RecordImport.UnknownOrganization u ->
          new WriteResult.Rejected(
              List.of(
                  LocalizedText.of(
                      "ไม่มีองค์กร " + organization.value() + " ในฐานข้อมูล",
                      "the database has no organization " + organization.value())));
    };
  }

  @Override
  public WriteResult correct(
      String actor, OrganizationCode organization, FiscalYear year, YearRecord record, int basedOn) {
    return new WriteResult.Rejected(
        List.of(
            LocalizedText.of(
                "ฐานข้อมูลรุ่นนี้เพิ่มบันทึกใหม่ได้ แต่ยังแก้ไขบันทึก " + record.id()
                    + " ที่บันทึกไว้แล้วไม่ได้",
                "this database adds new records but cannot yet correct record " + record.id()
                    + ", which is stored already")));
  }
}
