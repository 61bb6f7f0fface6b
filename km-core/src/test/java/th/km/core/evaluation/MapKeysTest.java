package th.km.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.DateRange;
import th.km.core.indicator.Population;
import th.km.core.indicator.PopulationKind;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.records.ActivityRef;
import th.km.core.records.MeetingKind;
import th.km.core.records.RecordKind;

/**
 * The values evaluation uses as map keys, whose equals and hashCode are written out rather than
 * the records' own: equal exactly when their components are, and hashed by the records' own formula
 * (31 times the hash so far plus each component's), so that maps keyed by them keep their order.
 */
class MapKeysTest {

  private static final LocalDate OCT_1 = LocalDate.of(2025, 10, 1);
  private static final LocalDate SEP_30 = LocalDate.of(2026, 9, 30);

  @Test
  void divisionCodesAreEqualByTheirValue() {
    assertKeys(DivisionCode.of("finance"), DivisionCode.of("finance"), DivisionCode.of("works"));
    assertEquals("finance".hashCode(), DivisionCode.of("finance").hashCode());
  }

  @Test
  void divisionsAreEqualByCodeAndName() {
    Division finance = new Division(DivisionCode.of("finance"), "กองคลัง");
    assertKeys(finance, new Division(DivisionCode.of("finance"), "กองคลัง"),
        new Division(DivisionCode.of("finance"), "สำนักปลัด"));
    assertNotEquals(finance, new Division(DivisionCode.of("works"), "กองคลัง"));
    assertEquals(31 * "finance".hashCode() + "กองคลัง".hashCode(), finance.hashCode());
  }

  @Test
  void activityReferencesAreEqualByGoalAndActivity() {
    assertKeys(new ActivityRef(2, 5), new ActivityRef(2, 5), new ActivityRef(5, 2));
    assertNotEquals(new ActivityRef(2, 5), new ActivityRef(2, 6));
    assertEquals(31 * 2 + 5, new ActivityRef(2, 5).hashCode());
  }

  @Test
  void periodsAreEqualByBothEnds() {
    DateRange year = new DateRange(OCT_1, SEP_30);
    assertKeys(year, new DateRange(OCT_1, SEP_30), new DateRange(OCT_1, SEP_30.minusDays(1)));
    assertNotEquals(year, new DateRange(OCT_1.plusDays(1), SEP_30));
    assertEquals(31 * OCT_1.hashCode() + SEP_30.hashCode(), year.hashCode());
  }

  @Test
  void selectorsAreEqualByKindFilterAndWindow() {
    RecordFilter workshops = RecordFilter.builder().addMeetingKinds(MeetingKind.WORKSHOP).build();
    RecordSelector selector = RecordSelector.of(RecordKind.MEETING, workshops);
    assertKeys(selector, RecordSelector.of(RecordKind.MEETING, workshops), selector.toDate());
    assertNotEquals(selector, RecordSelector.of(RecordKind.MEETING));
    assertNotEquals(
        selector,
        RecordSelector.of(
            RecordKind.MEETING, RecordFilter.builder().addMeetingKinds(MeetingKind.KM_COMMITTEE).build()));
    assertEquals(
        (31 * RecordKind.MEETING.hashCode() + workshops.hashCode()) * 31
            + RecordSelector.Window.PERIOD.hashCode(),
        selector.hashCode());
  }

  @Test
  void populationsAreEqualByKindAndStaffFilter() {
    Population active = Population.of(PopulationKind.ACTIVE_STAFF);
    assertKeys(active, Population.of(PopulationKind.ACTIVE_STAFF), Population.of(PopulationKind.RETIRING));
    assertEquals(
        31 * PopulationKind.ACTIVE_STAFF.hashCode() + RecordFilter.any().hashCode(), active.hashCode());
  }

  /** {@code a} equals {@code same} with the same hash code, and differs from {@code other}. */
  private static void assertKeys(Object a, Object same, Object other) {
    assertEquals(a, same);
    assertEquals(same, a);
    assertEquals(a.hashCode(), same.hashCode());
    assertNotEquals(a, other);
    assertNotEquals(other, a);
    for (Object o : List.of(a, same, other)) {
      assertNotEquals(o, null);
      assertNotEquals(o, "not a key");
    }
  }
}
