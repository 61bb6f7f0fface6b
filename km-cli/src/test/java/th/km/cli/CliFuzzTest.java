package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.testing.fuzz.DocumentMutator;
import th.km.core.testing.fuzz.FuzzRun;
import th.km.core.testing.fuzz.JsonMutator;
import th.km.core.testing.fuzz.Leaks;
import th.km.core.testing.fuzz.TableRows;
import th.km.core.testing.fuzz.TextMutator;
import th.km.persistence.db.DatabaseLocation;

/**
 * The fuzz suite of the command line's inputs: the plan's text, PDF and Word files ({@code km
 * import}) and the plan file ({@code km check}, {@code km db import-plan}). No malformed input ends in anything but exit 0, 1
 * or 2; none prints a stack trace or a class name; an unusable one is named in Thai and English
 * with its file; and one refused by a database command stores no row in any table.
 */
class CliFuzzTest {

  private static final Pattern PROBLEM_LINE = Pattern.compile("^\\s*([a-z-]+\\.jsonl?):(\\d+):", Pattern.MULTILINE);

  @TempDir static Path folder;

  private static FuzzRun run;
  private static String url;
  private static TableRows tables;
  private static Path year;
  private static String planJson;

  private record Run(int exitCode, String out, String err) {}

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void setUp() throws IOException {
    run = FuzzRun.start("CliFuzzTest");
    year = folder.resolve("year");
    assertEquals(0, km("demo-year", "--out", year.toString()).exitCode());
    planJson = Files.readString(year.resolve("plan.json"), StandardCharsets.UTF_8);
    url = DatabaseLocation.embedded(folder.resolve("db")).jdbcUrl();
    Run plan = km("db", "import-plan", year.resolve("plan.json").toString(), "--db", url);
    assertEquals(0, plan.exitCode(), plan.err());
    tables = TableRows.open(url, "", "");
    smallYear();
  }

  @AfterAll
  static void tearDown() {
    tables.close();
  }

  /**
   * Cuts the demo year to its staff and the first records of every other kind, dropping the ones
   * whose references were cut, so that a thousand imports of it stay quick.
   */
  private static void smallYear() throws IOException {
    try (var files = Files.list(year)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl") && !p.endsWith("staff.jsonl")).toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        Files.write(f, lines.subList(0, Math.min(3, lines.size())), StandardCharsets.UTF_8);
      }
    }
    for (int round = 0; round < 10; round++) {
      Run r = km("db", "import-records", "--org", "ban-waen", year.toString(), "--db", url);
      if (r.exitCode() == 0) {
        return;
      }
      Matcher m = PROBLEM_LINE.matcher(r.err());
      List<String[]> bad = new ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      while (m.find()) {
        if (seen.add(m.group(1) + ":" + m.group(2))) {
          bad.add(new String[] {m.group(1), m.group(2)});
        }
      }
      if (bad.isEmpty()) {
        fail("the cut demo year is refused: " + r.err());
      }
      bad.sort((a, b) -> Integer.parseInt(b[1]) - Integer.parseInt(a[1]));
      for (String[] b : bad) {
        Path f = year.resolve(b[0]);
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        int at = Integer.parseInt(b[1]) - 1;
        if (at < lines.size()) {
          lines.remove(at);
        }
        Files.write(f, lines, StandardCharsets.UTF_8);
      }
    }
    fail("the cut demo year is still refused after ten rounds");
  }

  private static String seedText() throws IOException {
    try (InputStream in = CliFuzzTest.class.getResourceAsStream("/th/km/core/textimport/ban-waen-2569.txt")) {
      String all = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
      return String.join("\n", all.lines().limit(60).toList()) + "\n";
    }
  }

  @Test
  void importOfText() throws IOException {
    String text = seedText();
    fuzzImport("km import (text)", "plan.txt", g -> TextMutator.textFile(g, text));
  }

  @Test
  void importOfWordFiles() throws IOException {
    byte[] docx = Docx.of(seedText());
    fuzzImport("km import (DOCX)", "plan.docx", g -> DocumentMutator.docx(g, docx));
  }

  @Test
  void importOfPdfs() {
    byte[] pdf = DocumentMutator.samplePdf(List.of("Ban Waen KM plan 2569", "1. Goal one", "1.1 Activity one"));
    fuzzImport("km import (PDF)", "plan.pdf", g -> DocumentMutator.pdf(g, pdf));
  }

  private void fuzzImport(String entryPoint, String name, Function<RandomGenerator, byte[]> inputs) {
    RandomGenerator g = run.random(entryPoint);
    Tally tally = new Tally(entryPoint);
    Path file = folder.resolve(name);
    Path out = folder.resolve("out.json");
    for (int i = 0; i < run.count(); i++) {
      write(file, inputs.apply(g));
      Run r = km("import", file.toString(), "-o", out.toString());
      tally.check(i, r, file, Map.of(), Map.of());
    }
    tally.assertClean();
  }

  @Test
  void checkOfThePlanFile() {
    RandomGenerator g = run.random("km check");
    Tally tally = new Tally("km check (plan file)");
    Path file = folder.resolve("check.json");
    for (int i = 0; i < run.count(); i++) {
      write(file, planFile(g));
      tally.check(i, km("check", file.toString()), file, Map.of(), Map.of());
    }
    tally.assertClean();
  }

  @Test
  void importOfThePlanFileIntoTheDatabase() {
    RandomGenerator g = run.random("km db import-plan");
    Tally tally = new Tally("km db import-plan (plan file)");
    Path file = folder.resolve("import.json");
    Map<String, Long> before = tables.count();
    for (int i = 0; i < run.count(); i++) {
      write(file, planFile(g));
      Run r = km("db", "import-plan", file.toString(), "--db", url);
      Map<String, Long> after = tables.count();
      tally.check(i, r, file, before, after);
      before = after;
    }
    tally.assertClean();
  }

  private static byte[] planFile(RandomGenerator g) {
    return g.nextInt(6) == 0
        ? TextMutator.textFile(g, planJson)
        : JsonMutator.mutate(g, planJson).getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The checks of one command's answers, and their figures. */
  private final class Tally {
    private final String entryPoint;
    private final List<String> failures = new ArrayList<>();
    private int inputs;
    private int refused;
    private int crashes;
    private int leaks;
    private int rowsFromRefused;

    Tally(String entryPoint) {
      this.entryPoint = entryPoint;
    }

    void check(int index, Run r, Path file, Map<String, Long> before, Map<String, Long> after) {
      check(index, r, file.getFileName().toString(), before, after);
    }

    /** Checks one run; a refusal must name {@code named} (a file, or ".json" for any of the folder's). */
    void check(int index, Run r, String named, Map<String, Long> before, Map<String, Long> after) {
      inputs++;
      String where = run.replay(entryPoint, index) + " → exit " + r.exitCode();
      String output = r.out() + r.err();
      if (r.exitCode() < 0 || r.exitCode() > 2) {
        crashes++;
        failures.add(where + ": " + shorten(r.err()));
      }
      Leaks.in(output).ifPresent(leak -> {
        leaks++;
        failures.add(where + ": shows " + leak);
      });
      if (r.exitCode() == 2) {
        refused++;
        if (!before.equals(after)) {
          rowsFromRefused++;
          failures.add(where + ": a refused input changed the rows " + before + " → " + after);
        }
        if (!Leaks.inThaiAndEnglish(r.err()) || !r.err().contains(named)) {
          failures.add(where + ": the refusal does not name " + named + " in Thai and English: " + shorten(r.err()));
        }
      }
    }

    List<String> report() {
      System.out.println(
          String.format(Locale.ROOT, "FUZZ %-60s inputs %5d  refused %5d  exit>2 %d  stack traces %d  rows from refused %d",
              entryPoint, inputs, refused, crashes, leaks, rowsFromRefused));
      if (inputs < run.count()) {
        failures.add(entryPoint + " got " + inputs + " inputs");
      }
      return failures;
    }

    void assertClean() {
      List<String> f = report();
      if (!f.isEmpty()) {
        fail(f.size() + " failures for " + entryPoint + ", the first:\n" + String.join("\n", f.subList(0, Math.min(8, f.size()))));
      }
    }
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 400 ? one.substring(0, 400) + "…" : one;
  }
}
