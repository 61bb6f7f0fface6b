package th.km.persistence.records;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecords;

class RecordsFolderRoundTripTest {

  @Test
  void readingWhatWasWrittenGivesEqualRecords(@TempDir Path tmp) {
    long master = new Random().nextLong();
    Random seeds = new Random(master);
    for (int i = 0; i < 200; i++) {
      long seed = seeds.nextLong();
      YearRecords records = new RandomYearRecords(seed).next();
      Path dir = tmp.resolve("case-" + i);
      RecordsFolder.write(records, dir);
      RecordsReading reading = RecordsFolder.load(dir);
      RecordsReading.Loaded loaded =
          assertInstanceOf(
              RecordsReading.Loaded.class, reading, "seed " + seed + ": " + reading.problems());
      assertEquals(records, loaded.records(), "seed " + seed);
      assertEquals(List.of(), loaded.problems(), "seed " + seed);
    }
  }

  @Test
  void writingTwiceGivesTheSameBytes(@TempDir Path tmp) throws IOException {
    YearRecords records = new RandomYearRecords(42).next();
    RecordsFolder.write(records, tmp.resolve("a"));
    RecordsFolder.write(RecordsFolder.read(tmp.resolve("a")), tmp.resolve("b"));
    for (RecordKind kind : RecordKind.values()) {
      String name = RecordsFolder.fileName(kind);
      assertEquals(
          Files.readString(tmp.resolve("a").resolve(name), UTF_8),
          Files.readString(tmp.resolve("b").resolve(name), UTF_8),
          name);
    }
  }

  @Test
  void writingOverAnOlderFolderLeavesNoneOfItsRecordsAndNoTemporaryFiles(@TempDir Path tmp)
      throws IOException {
    YearRecords full = new RandomYearRecords(7).next();
    YearRecords empty =
        YearRecords.builder().organization(full.organization()).fiscalYear(full.fiscalYear()).build();
    RecordsFolder.write(full, tmp);
    RecordsFolder.write(empty, tmp);
    assertEquals(empty, RecordsFolder.read(tmp));
    try (Stream<Path> files = Files.list(tmp)) {
      assertTrue(
          files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")),
          "a temporary file is left behind");
    }
  }

  @Test
  void eachRecordIsOneLineOfItsKindsFileWithThaiUnescaped(@TempDir Path tmp) throws IOException {
    YearRecords records = new RandomYearRecords(3).next();
    RecordsFolder.write(records, tmp);
    for (RecordKind kind : RecordKind.values()) {
      List<String> lines = Files.readAllLines(tmp.resolve(RecordsFolder.fileName(kind)), UTF_8);
      assertEquals(records.ofKind(kind).size(), lines.size(), kind.name());
    }
    String staff = Files.readString(tmp.resolve("staff.jsonl"), UTF_8);
    assertTrue(!staff.contains("\\u0E"), "Thai is written as it is, not escaped: " + staff);
  }
}
