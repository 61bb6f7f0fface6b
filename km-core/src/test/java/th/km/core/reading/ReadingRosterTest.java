package th.km.core.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;

/** Who has read a mandatory asset and who has not, and what each account still owes. */
class ReadingRosterTest {

  private static final OrganizationCode ORG = OrganizationCode.of("ban-waen");
  private static final DivisionCode FINANCE = DivisionCode.of("finance");
  private static final DivisionCode WORKS = DivisionCode.of("works");
  private static final AssetRef MANUAL = AssetRef.of(2569, "ka-1");
  private static final AssetRef STORY = AssetRef.of(2569, "ka-2");

  private static Account account(String name, Optional<DivisionCode> division) {
    return new Account(name, "hash", Role.STAFF, ORG, division, Optional.empty());
  }

  private static final Account ANN = account("ann", Optional.of(FINANCE));
  private static final Account BEN = account("ben", Optional.of(FINANCE));
  private static final Account CHAI = account("chai", Optional.of(WORKS));
  private static final Account DAO = account("dao", Optional.empty());
  private static final Account GONE = account("gone", Optional.of(FINANCE)).withActive(false);
  private static final List<Account> ALL = List.of(ANN, BEN, CHAI, DAO, GONE);

  @Test
  void aDivisionsReadingListsItsActiveStaffReadFirstThenNotYet() {
    MandatoryReading reading = MandatoryReading.forDivisions(MANUAL, Set.of(FINANCE));
    Instant later = Instant.parse("2026-03-02T03:00:00Z");
    Instant earlier = Instant.parse("2026-03-01T03:00:00Z");
    List<ReadingRoster.Line> roster =
        ReadingRoster.of(
            reading,
            ALL,
            List.of(
                new ReadingAcknowledgement(MANUAL, "chai", later),
                new ReadingAcknowledgement(MANUAL, "ben", earlier)));
    assertEquals(
        List.of("ben", "chai", "ann"),
        roster.stream().map(l -> l.account().username()).toList(),
        "ben and chai read (chai outside finance, but read all the same), ann has not; gone is inactive");
    assertEquals(Optional.of(earlier), roster.get(0).acknowledgedAt());
    assertEquals(Optional.empty(), roster.get(2).acknowledgedAt());
  }

  @Test
  void allStaffConcernsEveryActiveAccount() {
    List<ReadingRoster.Line> roster =
        ReadingRoster.of(MandatoryReading.forAllStaff(MANUAL), ALL, List.of());
    assertEquals(
        List.of("ann", "ben", "chai", "dao"),
        roster.stream().map(l -> l.account().username()).toList());
  }

  @Test
  void anAccountOwesTheReadingsThatConcernItAndItHasNotAcknowledged() {
    List<MandatoryReading> readings =
        List.of(
            MandatoryReading.forDivisions(MANUAL, Set.of(FINANCE)),
            MandatoryReading.forAllStaff(STORY));
    List<ReadingAcknowledgement> annDone =
        List.of(new ReadingAcknowledgement(MANUAL, "ann", Instant.EPOCH));
    assertEquals(List.of(readings.get(1)), ReadingRoster.owedBy(ANN, readings, annDone));
    assertEquals(readings, ReadingRoster.owedBy(BEN, readings, List.of()));
    assertEquals(List.of(readings.get(1)), ReadingRoster.owedBy(CHAI, readings, List.of()));
    assertEquals(List.of(), ReadingRoster.owedBy(GONE, readings, List.of()));
  }

  @Test
  void aReadingIsForAllStaffOrForDivisionsNotBothOrNeither() {
    assertThrows(IllegalArgumentException.class, () -> new MandatoryReading(MANUAL, true, Set.of(FINANCE)));
    assertThrows(IllegalArgumentException.class, () -> new MandatoryReading(MANUAL, false, Set.of()));
  }

  @Test
  void readerKeysAreAnAccountOrADailyHashNeverAnAddress() {
    assertEquals("account:somchai", ReaderKey.account("somchai").value());
    assertThrows(IllegalArgumentException.class, () -> ReaderKey.anonymous("203.0.113.7"));
    assertThrows(IllegalArgumentException.class, () -> ReaderKey.account("Somchai Jaidee"));
  }
}
