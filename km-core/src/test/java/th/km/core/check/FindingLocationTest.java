package th.km.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.plan.SourceLocation;

class FindingLocationTest {

  @Test
  void rendersGoalActivityAndLine() {
    assertEquals("goal 1 / activity 4 (line 250)", FindingLocation.activity(1, 4, Optional.of(250)).toString());
    assertEquals("goal 3", FindingLocation.goal(3).toString());
    assertEquals("announcement", FindingLocation.of("announcement").toString());
    assertEquals("title page (line 31)", FindingLocation.of(SourceLocation.of("title page", 31)).toString());
    assertEquals("เป้าหมาย KM ที่ 1 / กิจกรรมที่ 4 (บรรทัด 250)", FindingLocation.activity(1, 4, Optional.of(250)).toThai());
  }

  @Test
  void ordersPlanWideFirstThenByGoalAndActivity() {
    assertTrue(FindingLocation.of("announcement").compareTo(FindingLocation.goal(1)) < 0);
    assertTrue(FindingLocation.goal(1).compareTo(FindingLocation.activity(1, 1, Optional.empty())) < 0);
    assertTrue(
        FindingLocation.activity(1, 9, Optional.empty()).compareTo(FindingLocation.activity(2, 1, Optional.empty())) < 0);
  }

  @Test
  void anActivityNeedsItsGoal() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new FindingLocation("goals", Optional.empty(), Optional.of(1), Optional.empty()));
  }

  @Test
  void codesAreTheirNames() {
    for (FindingCode c : FindingCode.values()) {
      assertEquals(c.name(), c.code());
    }
  }
}
