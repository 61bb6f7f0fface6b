package th.km.web.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateInputTest {

  private static DateInput.Reading valid(int y, int m, int d) {
    return new DateInput.Reading.Valid(LocalDate.of(y, m, d));
  }

  @Test
  void readsTheFormsPeopleType() {
    assertEquals(valid(2026, 3, 31), DateInput.read("31/3/2569"));
    assertEquals(valid(2026, 3, 31), DateInput.read("31/03/2026"));
    assertEquals(valid(2026, 3, 31), DateInput.read("2026-03-31"));
    assertEquals(valid(2026, 3, 31), DateInput.read("2569-03-31"));
    assertEquals(valid(2026, 3, 31), DateInput.read(" ๓๑/๓/๒๕๖๙ "));
    assertEquals(valid(2026, 3, 31), DateInput.read("31 มีนาคม 2569"));
    assertEquals(valid(2026, 3, 31), DateInput.read("31.3.2569"));
  }

  @Test
  void tellsAnImpossibleDayFromTextThatIsNoDate() {
    assertEquals(new DateInput.Reading.Impossible(), DateInput.read("31/2/2569"));
    assertEquals(new DateInput.Reading.Impossible(), DateInput.read("2026-13-01"));
    assertEquals(new DateInput.Reading.Impossible(), DateInput.read("2569-02-30"));
    assertEquals(new DateInput.Reading.Unreadable(), DateInput.read("yesterday"));
    assertEquals(new DateInput.Reading.Unreadable(), DateInput.read("31/3/69"));
    assertEquals(new DateInput.Reading.Unreadable(), DateInput.read(""));
  }

  @Test
  void whatAFormShowsReadsBackAsTheSameDay() {
    long seed = 2569L;
    Random random = new Random(seed);
    for (int i = 0; i < 2000; i++) {
      LocalDate day = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(30_000));
      assertEquals(new DateInput.Reading.Valid(day), DateInput.read(DateInput.write(day)), "seed " + seed + ", " + day);
      assertEquals(new DateInput.Reading.Valid(day), DateInput.read(day.toString()), "seed " + seed + ", " + day);
    }
  }
}
