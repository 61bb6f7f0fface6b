package th.km.persistence.records;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.records.RecordKind;

/** docs/records-format.md stays true: its example of every file is read as a record of its kind. */
class RecordsFormatDocTest {

  private static final Path DOC = Path.of("..", "docs", "records-format.md");

  @Test
  void everyExampleReadsAsARecordOfItsKind(@TempDir Path dir) throws IOException {
    String doc = Files.readString(DOC, UTF_8);
    Matcher m =
        Pattern.compile(
                "## [^`\\n]*`([a-z.-]+)`[^\\n]*\\n(?:(?!\\n## ).)*?```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    List<String> files = new ArrayList<>();
    while (m.find()) {
      files.add(m.group(1));
      Files.writeString(dir.resolve(m.group(1)), m.group(2), UTF_8);
    }
    List<String> expected = new ArrayList<>();
    expected.add(RecordsFolder.MANIFEST);
    for (RecordKind kind : RecordKind.values()) {
      expected.add(RecordsFolder.fileName(kind));
    }
    assertEquals(expected, files, "the document shows an example of every file, in reading order");

    List<RecordsFileProblem> problems = RecordsFolder.load(dir).problems();

    // The examples name staff, trainings and assets that other examples do not define; nothing else
    // may be wrong with them.
    for (RecordsFileProblem p : problems) {
      assertTrue(p.message().en().matches("no .* with id .* in .*\\.jsonl"), p.describeEn());
    }
    assertTrue(problems.size() < 12, problems.toString());
  }
}
