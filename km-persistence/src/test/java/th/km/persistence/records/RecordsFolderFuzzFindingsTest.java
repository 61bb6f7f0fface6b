package th.km.persistence.records;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.km.core.testing.fuzz.Leaks;

/**
 * What the records folder's fuzz suite found, each pinned: JSON errors in plain words with no
 * library type or setting name, a manifest nested too deep still named at a line, and texts held
 * to the rules the web's forms keep (no control or bidi character, not invisible only, a length
 * limit).
 */
class RecordsFolderFuzzFindingsTest {

  private static final String MANIFEST =
      "{\"format\": \"km-records\", \"formatVersion\": 1, \"organization\": \"ban-waen\","
          + " \"fiscalYear\": 2569}\n";

  @TempDir Path dir;

  private List<RecordsFileProblem> refused(String file, String text) throws IOException {
    Files.writeString(dir.resolve(RecordsFolder.MANIFEST), MANIFEST, UTF_8);
    Files.writeString(dir.resolve(file), text, UTF_8);
    RecordsReading reading = RecordsFolder.load(dir);
    return assertInstanceOf(RecordsReading.Refused.class, reading, reading.problems().toString())
        .problems();
  }

  private static RecordsFileProblem only(List<RecordsFileProblem> problems) {
    List<RecordsFileProblem> errors = problems.stream().filter(RecordsFileProblem::isError).toList();
    assertEquals(1, errors.size(), errors.toString());
    return errors.get(0);
  }

  @Test
  void moreAfterALinesObjectIsSaidInPlainWordsWithoutTheLibrarysNames() throws IOException {
    RecordsFileProblem p =
        only(refused("staff.jsonl", "{\"id\":\"s1\",\"name\":\"นายเอ\",\"category\":\"EXECUTIVE\"} {}\n"));

    assertEquals("staff.jsonl", p.file());
    assertEquals(1, p.line());
    String both = p.describeTh() + "\n" + p.describeEn();
    assertTrue(Leaks.in(both).isEmpty(), both);
    assertFalse(both.contains("DeserializationFeature") || both.contains("bound as"), both);
    assertTrue(p.message().en().contains("more after the end of the object"), both);
    assertTrue(Leaks.inThaiAndEnglish(both), both);
  }

  @Test
  void aFieldWrittenTwiceIsNamed() throws IOException {
    RecordsFileProblem p =
        only(refused("staff.jsonl", "{\"id\":\"s1\",\"name\":\"นายเอ\",\"name\":\"นายบี\",\"category\":\"EXECUTIVE\"}\n"));

    assertEquals("name", p.field());
    assertTrue(p.message().en().contains("written twice"), p.toString());
  }

  @Test
  void aManifestNestedTooDeepIsNamedAtALine() throws IOException {
    Files.writeString(dir.resolve(RecordsFolder.MANIFEST), "[".repeat(2000) + MANIFEST, UTF_8);
    RecordsReading reading = RecordsFolder.load(dir);

    RecordsFileProblem p = only(assertInstanceOf(RecordsReading.Refused.class, reading).problems());
    assertEquals(RecordsFolder.MANIFEST, p.file());
    assertEquals(1, p.line());
    assertFalse(p.describeEn().contains("StreamReadConstraints"), p.describeEn());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\u202e", "\\u2066", "\\u0000", "\\u0007", "\\n", "\\u001b"})
  void aNameWithAControlOrBidiCharacterIsRefusedAtItsField(String bad) throws IOException {
    RecordsFileProblem p =
        only(refused("staff.jsonl", "{\"id\":\"s1\",\"name\":\"นาย" + bad + "เอ\",\"category\":\"EXECUTIVE\"}\n"));

    assertEquals("staff.jsonl", p.file());
    assertEquals(1, p.line());
    assertEquals("name", p.field());
    assertTrue(p.message().en().contains("U+"), p.toString());
  }

  @Test
  void aNameOfInvisibleCharactersOnlyIsRefused() throws IOException {
    RecordsFileProblem p =
        only(refused("staff.jsonl", "{\"id\":\"s1\",\"name\":\"\u200b\u200b\",\"category\":\"EXECUTIVE\"}\n"));

    assertEquals("name", p.field());
  }

  @Test
  void aTitleOverFiveHundredCharactersIsRefusedButLongTextKeepsTwentyThousand() throws IOException {
    String staff = "{\"id\":\"s1\",\"name\":\"นายเอ\",\"category\":\"EXECUTIVE\"}\n";
    Files.writeString(dir.resolve("staff.jsonl"), staff, UTF_8);
    String training =
        "{\"id\":\"t1\",\"personId\":\"s1\",\"title\":\"" + "ก".repeat(501) + "\",\"kind\":\"TRAINING\","
            + "\"setting\":\"EXTERNAL\",\"start\":\"2026-03-02\",\"end\":\"2026-03-03\"}\n";

    RecordsFileProblem p = only(refused("trainings.jsonl", training));

    assertEquals("title", p.field());
    assertTrue(p.message().en().contains("501 characters"), p.toString());
    assertTrue(p.message().en().contains("500"), p.toString());
  }

  @Test
  void aLongTextWithLineBreaksWithinTheLimitIsRead() throws IOException {
    Files.writeString(dir.resolve(RecordsFolder.MANIFEST), MANIFEST, UTF_8);
    Files.writeString(
        dir.resolve("evaluation-reports.jsonl"),
        "{\"id\":\"e1\",\"submittedOn\":\"2026-09-20\",\"recipient\":\"นายกเทศมนตรี\","
            + "\"recommendations\":[\"ข้อแรก\\nบรรทัดสอง " + "ข".repeat(5000) + "\"]}\n",
        UTF_8);

    RecordsReading reading = RecordsFolder.load(dir);

    assertInstanceOf(RecordsReading.Loaded.class, reading, reading.problems().toString());
  }
}
