package th.km.web.entry;

import th.km.core.entry.DeletionRules;
import th.km.core.records.YearRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.entry.RecordBook;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecords;
import th.km.web.i18n.Dates;
import th.km.web.i18n.Language;

/**
 * What a form is filled against: who fills it, the plan and the records of the year as stored,
 * today, and the language its choices are labelled in.
 *
 * @param account who is signed in
 * @param plan the plan of the year
 * @param records the records of the year as stored now
 * @param today the server's day, after which nothing can have happened yet
 * @param language the language of the labels
 */
public record EntryContext(
    Account account, KmPlan plan, YearRecords records, LocalDate today, Language language) {

  /**
   * The same context with the year's records as they would be without {@code record}: a correction
   * is read against it, so that the record being corrected does not stand in its own way.
   */
  public EntryContext without(YearRecord record) {
    return new EntryContext(
        account, plan, DeletionRules.without(records, record), today, language);
  }

  /** The organization's year the form writes into. */
  public RecordBook book() {
    return RecordBook.of(plan.organization().code(), plan.fiscalYear());
  }

  /** The Thai or the English text, as the language asks. */
  public String pick(String thai, String english) {
    return language == Language.TH ? thai : english;
  }

  /** A date in the Buddhist era in the language. */
  public String date(LocalDate date) {
    return Dates.format(date, language);
  }

  /** The staff members the account may write records about, as choices. */
  List<Field.Option> staffOptions() {
    return WriteRights.staffFor(account, records).stream().map(this::option).toList();
  }

  /** Every staff member, as choices (authors, attendees). */
  List<Field.Option> allStaffOptions() {
    return records.staff().stream().map(this::option).toList();
  }

  /** The divisions the account may write records of; the secretary also the whole organization. */
  List<Field.Option> divisionOptions(boolean wholeOrganization) {
    List<Field.Option> options = new ArrayList<>();
    if (wholeOrganization && account.division().isEmpty()) {
      options.add(new Field.Option("", pick("ทั้งองค์กร", "the whole organization")));
    }
    for (Division d : plan.divisions()) {
      if (account.role().editsAll() || account.division().equals(Optional.of(d.code()))) {
        options.add(new Field.Option(d.code().value(), d.name()));
      }
    }
    return options;
  }

  /** The name of the division, as the plan writes it. */
  String divisionName(DivisionCode code) {
    return plan.divisions().stream()
        .filter(d -> d.code().equals(code))
        .map(Division::name)
        .findFirst()
        .orElse(code.value());
  }

  private Field.Option option(StaffMember s) {
    String where = s.division().map(this::divisionName).orElse(pick("ฝ่ายบริหาร", "executive"));
    return new Field.Option(s.id(), s.name() + " · " + where);
  }
}
