package th.km.persistence.planfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.plan.KmPlan;
import th.km.core.testing.PlanGenerator;
import th.km.persistence.PersistenceException;

/** Plan files on disk: UTF-8, read back whole, and never left half-written. */
class PlanFilesTest {

  @TempDir Path folder;

  private final KmPlan plan = SeedLikePlan.plan();

  @Test
  void aWrittenPlanReadsBackEqualAndTheFileIsTheUtf8OfItsJson() throws IOException {
    Path file = folder.resolve("ban-waen-2569.json");

    PlanFiles.write(plan, file);

    assertEquals(plan, PlanFiles.read(file));
    assertArrayEquals(PlanJson.write(plan).getBytes(UTF_8), Files.readAllBytes(file));
    assertEquals(List.of(file), filesIn(folder), "no temporary file is left behind");
  }

  @Test
  void writingReplacesAnExistingPlan() {
    Path file = folder.resolve("plan.json");
    KmPlan other = PlanGenerator.plan(new Random(42));
    PlanFiles.write(other, file);

    PlanFiles.write(plan, file);

    assertEquals(plan, PlanFiles.read(file));
    assertEquals(List.of(file), filesIn(folder));
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileIntact() throws IOException {
    Path file = folder.resolve("plan.json");
    PlanFiles.write(plan, file);
    byte[] before = Files.readAllBytes(file);
    byte[] newText = PlanJson.write(PlanGenerator.plan(new Random(7))).getBytes(UTF_8);

    PersistenceException e =
        assertThrows(
            PersistenceException.class,
            () ->
                PlanFiles.writeAtomically(
                    file,
                    out -> {
                      out.write(newText, 0, newText.length / 2);
                      throw new IOException("No space left on device");
                    }));

    assertArrayEquals(before, Files.readAllBytes(file), "the old plan is unchanged");
    assertEquals(List.of(file), filesIn(folder), "the half-written temporary file is removed");
    assertTrue(e.getMessage().contains("เขียนไฟล์แผน"), e.getMessage());
    assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
  }

  @Test
  void aSerializationThatFailsLeavesTheOldFileIntact() throws IOException {
    Path file = folder.resolve("plan.json");
    PlanFiles.write(plan, file);
    byte[] before = Files.readAllBytes(file);

    assertThrows(
        IllegalStateException.class,
        () ->
            PlanFiles.writeAtomically(
                file,
                out -> {
                  out.write("{\n  \"format\": ".getBytes(UTF_8));
                  throw new IllegalStateException("a bug while writing");
                }));

    assertArrayEquals(before, Files.readAllBytes(file));
    assertEquals(List.of(file), filesIn(folder));
  }

  @Test
  void writingIntoAMissingFolderFailsInBothLanguages() {
    Path file = folder.resolve("no-such-folder").resolve("plan.json");

    PersistenceException e =
        assertThrows(PersistenceException.class, () -> PlanFiles.write(plan, file));

    assertTrue(e.getMessage().contains("เขียนไฟล์แผน " + file + " ไม่ได้"), e.getMessage());
    assertTrue(e.getMessage().contains("cannot write plan file " + file), e.getMessage());
  }

  @Test
  void readingAMissingFileSaysSoInBothLanguages() {
    Path file = folder.resolve("missing.json");

    PersistenceException e = assertThrows(PersistenceException.class, () -> PlanFiles.read(file));

    assertFalse(e instanceof PlanFileException, "a missing file is not a malformed one");
    assertTrue(e.getMessage().contains("ไม่พบไฟล์แผน " + file), e.getMessage());
    assertTrue(e.getMessage().contains("plan file " + file + " does not exist"), e.getMessage());
  }

  @Test
  void aFileInTheThaiWindowsEncodingIsRefusedAtItsFirstThaiCharacter() throws IOException {
    Path file = folder.resolve("tis620.json");
    String json = PlanJson.write(plan);
    Files.write(file, json.getBytes(Charset.forName("x-windows-874")));

    PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.read(file));

    int firstThaiLine = lineOf(json, "บ้านแหวน");
    assertEquals(OptionalInt.of(firstThaiLine), e.line());
    assertEquals(file.toString(), e.source());
    assertTrue(e.messageTh().contains("UTF-8"), e.messageTh());
    assertTrue(e.messageEn().contains("not UTF-8 text"), e.messageEn());
  }

  @Test
  void aMalformedFileIsReportedUnderItsPath() throws IOException {
    Path file = folder.resolve("broken.json");
    Files.writeString(file, "{\"format\": \"km-plan\", \"formatVersion\": 1}", UTF_8);

    PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.read(file));

    assertEquals("organization", e.path());
    assertTrue(e.messageEn().startsWith("plan file " + file + " at organization"), e.messageEn());
  }

  @Test
  void aFileWithAByteOrderMarkReads() throws IOException {
    Path file = folder.resolve("notepad.json");
    Files.writeString(file, "\uFEFF" + PlanJson.write(plan), UTF_8);

    assertEquals(plan, PlanFiles.read(file));
  }

  private static List<Path> filesIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static int lineOf(String text, String part) {
    int at = text.indexOf(part);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
