package th.km.persistence.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.km.core.plan.KmPlan;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecords;
import th.km.core.store.RecordImport;
import th.km.core.testing.RecordGenerator;
import th.km.core.testing.fuzz.FuzzRun;
import th.km.core.testing.fuzz.JsonMutator;
import th.km.core.testing.fuzz.TableRows;
import th.km.core.testing.fuzz.TextMutator;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.records.RecordsFolder;
import th.km.persistence.testing.SamplePlans;

/**
 * The fuzz suite of the records folder's files, each file kind on its own: the manifest and the
 * twelve JSON Lines files that {@code km db import-records} reads. A valid year is imported once
 * into one H2 database; then each generated malformed file replaces its valid one and the folder is
 * imported again, in this process, through {@link FolderTransfer} as the command does. No input
 * ends in an exception; a refused one stores no row in any table, the audit log included, and
 * every problem it reports is in Thai and English and names its file and line (and its field, when
 * it is about one).
 */
class RecordsFolderFuzzTest {

  @TempDir static Path folder;

  private static FuzzRun run;
  private static Database database;
  private static TableRows tables;
  private static FolderTransfer transfer;
  private static Path valid;
  private static Path work;

  @BeforeAll
  static void setUp() throws IOException {
    run = FuzzRun.start("RecordsFolderFuzzTest");
    KmPlan plan = SamplePlans.banWaen();
    YearRecords year = everyKind(plan);
    valid = folder.resolve("valid");
    work = folder.resolve("work");
    RecordsFolder.write(year, valid);
    RecordsFolder.write(year, work);
    DatabaseLocation location = DatabaseLocation.embedded(folder.resolve("db"));
    database = Database.open(location);
    database.planStore(Clock.systemUTC()).saveDraft(plan);
    transfer = new FolderTransfer(database.planStore(Clock.systemUTC()), database.recordStore());
    RecordsImport first = transfer.importRecords(SamplePlans.BAN_WAEN, valid);
    RecordsImport.Read read = assertInstanceOf(RecordsImport.Read.class, first, first::toString);
    assertInstanceOf(RecordImport.Imported.class, read.result());
    tables = TableRows.open(location.jdbcUrl(), location.user().orElse(""), location.password().orElse(""));
  }

  @AfterAll
  static void tearDown() {
    if (tables != null) {
      tables.close();
    }
    if (database != null) {
      database.close();
    }
  }

  /** A generated year of a few staff that holds records of every kind, so that no file is empty. */
  private static YearRecords everyKind(KmPlan plan) {
    for (int seed = 1; ; seed++) {
      YearRecords year = RecordGenerator.year(new Random(seed), plan, 8);
      boolean all = Stream.of(RecordKind.values()).allMatch(k -> !year.ofKind(k).isEmpty());
      if (all) {
        return year;
      }
    }
  }

  static Stream<String> files() {
    return Stream.concat(
        Stream.of(RecordsFolder.MANIFEST), Stream.of(RecordKind.values()).map(RecordsFolder::fileName));
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyMalformedFileIsRefusedInWordsAndStoresNothing(String file) throws IOException {
    String entryPoint = "records folder " + file;
    String text = Files.readString(valid.resolve(file), StandardCharsets.UTF_8);
    RandomGenerator g = run.random(entryPoint);
    RecordsFuzzTally tally = new RecordsFuzzTally(entryPoint, run);
    Map<String, Long> before = tables.count();
    for (int i = 0; i < run.count(); i++) {
      byte[] input = malformed(g, file, text);
      Files.write(work.resolve(file), input);
      String where = run.replay(entryPoint, i);
      RecordsImport result;
      try {
        result = transfer.importRecords(SamplePlans.BAN_WAEN, work);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        tally.exception(where, e);
        restore(file);
        before = tables.count();
        continue;
      }
      Map<String, Long> after = tables.count();
      tally.check(where, result, before, after);
      if (!before.equals(after)) {
        StoredTexts.breach(database.recordStore().records(SamplePlans.BAN_WAEN, SamplePlans.FY2569))
            .ifPresent(breach -> tally.failure(where + ": stored " + breach));
      }
      before = after;
    }
    restore(file);
    tally.assertClean();
    assertEquals(run.count(), tally.inputs());
  }

  /**
   * A malformed variant of the file: most often one line of it damaged as JSON (a member dropped,
   * doubled or of the wrong type, a hostile value, an unknown member), else the whole file damaged
   * as text or bytes (lines dropped, repeated or shuffled, a wrong encoding, truncation).
   */
  private static byte[] malformed(RandomGenerator g, String file, String text) {
    if (file.equals(RecordsFolder.MANIFEST) || g.nextInt(4) > 0) {
      if (file.equals(RecordsFolder.MANIFEST)) {
        return g.nextInt(6) == 0
            ? TextMutator.textFile(g, text)
            : JsonMutator.mutate(g, text).getBytes(StandardCharsets.UTF_8);
      }
      List<String> lines = new ArrayList<>(text.lines().toList());
      int at = g.nextInt(lines.size());
      lines.set(at, JsonMutator.mutate(g, lines.get(at)));
      return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
    return TextMutator.textFile(g, text);
  }

  private static void restore(String file) {
    try {
      Files.copy(valid.resolve(file), work.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 300 ? one.substring(0, 300) + "…" : one;
  }

  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  static void failWith(String entryPoint, List<String> failures) {
    fail(failures.size() + " failures for " + entryPoint + ", the first:\n"
        + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
  }
}
