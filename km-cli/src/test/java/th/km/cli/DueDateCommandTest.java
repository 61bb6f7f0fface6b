package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DueDateCommandTest {

  /** What one run of the command line printed and returned. */
  private record Run(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aDeadlineOnSaturdayMovesToMonday() {
    Run run = km("due-date", "--returned", "2026-04-03");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("2026-04-20  วันจันทร์ที่ ๒๐ เมษายน พ.ศ. ๒๕๖๙", run.outLines().get(0));
    assertTrue(run.outLines().get(1).startsWith("ครบกำหนด ๑๕ วันในวันเสาร์ที่ ๑๘ เมษายน พ.ศ. ๒๕๖๙"), run.out());
    assertTrue(run.outLines().get(2).startsWith("the 15th day falls on Saturday 18 April 2026"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void songkranInTheShippedFileMovesTheDeadline() {
    Run run = km("due-date", "--returned", "2026-03-29");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("2026-04-16  วันพฤหัสบดีที่ ๑๖ เมษายน พ.ศ. ๒๕๖๙", run.outLines().get(0));
    assertTrue(run.outLines().get(1).contains("วันสงกรานต์"), run.out());
  }

  @Test
  void aWorkingLastDayPrintsNoReason() {
    Run run = km("due-date", "--returned", "2026-05-05", "--days", "15");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("2026-05-20  วันพุธที่ ๒๐ พฤษภาคม พ.ศ. ๒๕๖๙"), run.outLines());
  }

  @Test
  void aUsersHolidayFileReplacesTheShippedOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("local.txt");
    Files.writeString(file, "2026-05-20 วันหยุดท้องถิ่น\n", StandardCharsets.UTF_8);
    Run run = km("due-date", "--returned", "2026-05-05", "--holidays", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("2026-05-21  วันพฤหัสบดีที่ ๒๑ พฤษภาคม พ.ศ. ๒๕๖๙", run.outLines().get(0));
    assertTrue(run.out().contains("วันหยุดท้องถิ่น"), run.out());
  }

  @Test
  void warnsWhenTheDueDateLiesBeyondTheHolidayFile() {
    Run run = km("due-date", "--returned", "2028-03-01");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("2028-03-16  วันพฤหัสบดีที่ ๑๖ มีนาคม พ.ศ. ๒๕๗๑", run.outLines().get(0));
    assertTrue(run.err().contains("warning: holiday file thai-holidays-2568-2570.txt does not cover 2028-03-16"), run.err());
    assertTrue(run.err().contains("คำเตือน"), run.err());
  }

  @Test
  void anImpossibleDateIsUnusableInputNamingTheOption() {
    for (String day : List.of("2026-02-30", "2569-02-30", "30/2/2569")) {
      Run run = km("due-date", "--returned", day);
      assertEquals(2, run.exitCode(), day);
      assertEquals("", run.out());
      assertTrue(run.err().contains("--returned '" + day + "' is a day that does not exist"), run.err());
      assertTrue(run.err().contains("--returned «" + day + "» ไม่มีวันที่นี้จริง"), run.err());
    }
  }

  @Test
  void aYearOf2400OrMoreIsBuddhistEraAndTheConversionIsSaid() {
    Run gregorian = km("due-date", "--returned", "2026-04-03");
    for (String day : List.of("2569-04-03", "3/4/2569", "๒๕๖๙-๐๔-๐๓", "3 เมษายน 2569")) {
      Run run = km("due-date", "--returned", day);
      assertEquals(0, run.exitCode(), run.err());
      assertEquals(gregorian.out(), run.out(), day);
      assertTrue(run.err().contains("อ่านเป็น พ.ศ. / read as B.E.: 2026-04-03"), run.err());
    }
    assertEquals("", gregorian.err(), "a Gregorian year needs no note");
  }

  @Test
  void textThatIsNoDateIsUnusableInput() {
    Run run = km("due-date", "--returned", "yesterday");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--returned 'yesterday' is not a date"), run.err());
  }

  @Test
  void zeroOrNegativeDaysAreUnusableInput() {
    Run negative = km("due-date", "--returned", "2026-04-03", "--days", "-5");
    assertEquals(2, negative.exitCode());
    assertTrue(negative.err().contains("--days must be at least 1, got -5"), negative.err());
    assertEquals(2, km("due-date", "--returned", "2026-04-03", "--days", "0").exitCode());
    assertEquals(2, km("due-date", "--returned", "2026-04-03", "--days", "fifteen").exitCode());
  }

  @Test
  void aMissingHolidayFileIsUnusableInput(@TempDir Path dir) {
    Path file = dir.resolve("missing.txt");
    Run run = km("due-date", "--returned", "2026-04-03", "--holidays", file.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains(file + " does not exist"), run.err());
  }

  @Test
  void aMalformedHolidayFileNamesItsLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "2026-05-20 ok\nวันหยุด\n", StandardCharsets.UTF_8);
    Run run = km("due-date", "--returned", "2026-04-03", "--holidays", file.toString());
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains(file + " line 2:"), run.err());
    assertTrue(run.err().contains(file + " บรรทัด 2:"), run.err());
  }

  @Test
  void theReturnedDateIsRequired() {
    Run run = km("due-date");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--returned"), run.err());
  }
}
