package th.km.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TypedDatesTest {

  private static final LocalDate END_OF_MARCH = LocalDate.of(2026, 3, 31);

  private static TypedDates.Reading buddhist(LocalDate day) {
    return new TypedDates.Reading.Valid(day, true);
  }

  private static TypedDates.Reading gregorian(LocalDate day) {
    return new TypedDates.Reading.Valid(day, false);
  }

  @Test
  void aYearOf2400OrMoreIsBuddhistEraAndSaysSo() {
    assertEquals(buddhist(END_OF_MARCH), TypedDates.read("2569-03-31"));
    assertEquals(buddhist(END_OF_MARCH), TypedDates.read("31/3/2569"));
    assertEquals(buddhist(END_OF_MARCH), TypedDates.read("31.3.2569"));
    assertEquals(buddhist(END_OF_MARCH), TypedDates.read(" ๒๕๖๙-๐๓-๓๑ "));
    assertEquals(buddhist(END_OF_MARCH), TypedDates.read("๓๑/๓/๒๕๖๙"));
    assertEquals(buddhist(END_OF_MARCH), TypedDates.read("31 มีนาคม 2569"));
    assertEquals(buddhist(LocalDate.of(1857, 1, 1)), TypedDates.read("2400-01-01"));
  }

  @Test
  void aSmallerYearIsGregorian() {
    assertEquals(gregorian(END_OF_MARCH), TypedDates.read("2026-03-31"));
    assertEquals(gregorian(END_OF_MARCH), TypedDates.read("31/03/2026"));
    assertEquals(gregorian(LocalDate.of(2399, 12, 31)), TypedDates.read("2399-12-31"));
  }

  @Test
  void anImpossibleDayIsToldFromTextThatIsNoDate() {
    assertEquals(new TypedDates.Reading.Impossible(), TypedDates.read("2569-02-30"));
    assertEquals(new TypedDates.Reading.Impossible(), TypedDates.read("30/2/2569"));
    assertEquals(new TypedDates.Reading.Impossible(), TypedDates.read("2026-13-01"));
    assertEquals(new TypedDates.Reading.Unreadable(), TypedDates.read("yesterday"));
    assertEquals(new TypedDates.Reading.Unreadable(), TypedDates.read("31/3/69"));
    assertEquals(new TypedDates.Reading.Unreadable(), TypedDates.read(""));
  }

  @Test
  void whatIsWrittenBackReadsAsTheSameDay() {
    long seed = new Random().nextLong();
    System.out.println("TypedDatesTest seed " + seed);
    Random random = new Random(seed);
    for (int i = 0; i < 2000; i++) {
      LocalDate day = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(30_000));
      assertEquals(buddhist(day), TypedDates.read(TypedDates.write(day)), "seed " + seed + ", " + day);
      assertEquals(gregorian(day), TypedDates.read(day.toString()), "seed " + seed + ", " + day);
    }
  }
}
