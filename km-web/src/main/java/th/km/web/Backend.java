package th.km.web;

import java.util.List;
import java.util.Optional;
import th.km.core.LocalizedText;
import th.km.core.account.AccountStore;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecord;
import th.km.core.store.PlanStore;
import th.km.core.store.RecordStore;
import th.km.web.entry.MemoryRecords;
import th.km.web.entry.RecordWrites;
import th.km.web.entry.StoreRecordWrites;
import th.km.web.entry.Versioned;
import th.km.web.entry.WriteResult;
import th.km.web.plan.PlanApprovals;

/**
 * What the web server reads and writes: the years it shows, where records are written, the plan
 * versions to approve, and the accounts.
 *
 * @param years the plans, records and holidays of each organization's years
 * @param writes where the data-entry forms write records
 * @param approvals the plan versions the CKO and the chair approve
 * @param accounts who may sign in
 */
public record Backend(
    DashboardSource years, RecordWrites writes, PlanApprovals approvals, AccountStore accounts) {

  /** The stores of a database (or their in-memory fakes): every plan's latest version is shown. */
  public static Backend of(
      PlanStore plans, RecordStore records, AccountStore accounts, HolidayCalendar holidays) {
    return new Backend(
        DashboardSource.fromStores(plans, records::records, holidays),
        new StoreRecordWrites(records),
        PlanApprovals.of(plans),
        accounts);
  }

  /** Plans from the store and records held in memory, corrections included, for tests. */
  public static Backend of(
      PlanStore plans, MemoryRecords records, AccountStore accounts, HolidayCalendar holidays) {
    return new Backend(
        DashboardSource.fromStores(plans, records, holidays),
        records,
        PlanApprovals.of(plans),
        accounts);
  }

  /**
   * A server that shows the years without keeping anything: every write is refused with a message
   * that says so, and no plan version can be approved.
   */
  public static Backend readOnly(DashboardSource years, AccountStore accounts) {
    return new Backend(years, new ReadOnly(), PlanApprovals.none(), accounts);
  }

  /** Refuses every write: the server shows years it does not keep. */
  private static final class ReadOnly implements RecordWrites {

    private static final LocalizedText REFUSED =
        LocalizedText.of(
            "เซิร์ฟเวอร์นี้แสดงข้อมูลอย่างเดียว ไม่บันทึกข้อมูลใหม่",
            "this server only shows data and keeps nothing new");

    @Override
    public Optional<Versioned> find(OrganizationCode organization, FiscalYear year, String id) {
      return Optional.empty();
    }

    @Override
    public WriteResult add(String actor, OrganizationCode organization, FiscalYear year, YearRecord record) {
      return new WriteResult.Rejected(List.of(REFUSED));
    }

    @Override
    public WriteResult correct(
        String actor, OrganizationCode organization, FiscalYear year, YearRecord record, int basedOn) {
      return new WriteResult.Rejected(List.of(REFUSED));
    }
  }
}
