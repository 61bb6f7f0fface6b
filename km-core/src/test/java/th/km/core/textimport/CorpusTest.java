package th.km.core.textimport;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.km.core.check.Finding;
import th.km.core.check.PlanChecker;
import th.km.core.plan.KmPlan;

/**
 * Imports every plan of the corpus ({@code corpus/NN-name.txt}) and compares what a user sees with
 * the hand-written {@code corpus/NN-name.expected} next to it, exactly.
 *
 * <p>The expected file, one item a line:
 *
 * <ul>
 *   <li>line 1: {@link ImportSummary#line()}, or {@code no plan} when the import made none;
 *   <li>{@code issue SEVERITY LINE}: each import issue, in the importer's order (by source line,
 *       then in the order reported), such as {@code issue WARNING 57};
 *   <li>{@code finding CODE LOCATION}: each finding of the plan checker ({@code th.km.core.check}),
 *       in {@link Finding#ORDER}, the location as {@code FindingLocation.toString()} renders it,
 *       such as {@code finding UNKNOWN_RESPONSIBLE goal 1 / activity 2 (line 61)}.
 * </ul>
 *
 * Lines starting with {@code #} say why an item is expected (which line of the plan causes it) and,
 * like blank lines, are not compared. A mismatch prints both lists side by side.
 */
class CorpusTest {

  private static final String DIRECTORY = "corpus";

  static Stream<String> plans() {
    try (Stream<Path> files = Files.list(directory())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theCorpusHasAtLeastTwelvePlansEachWithItsExpectations() throws IOException {
    List<String> plans = plans().toList();
    assertTrue(plans.size() >= 12, "corpus plans: " + plans);
    for (String plan : plans) {
      assertTrue(
          Files.exists(directory().resolve(plan.replace(".txt", ".expected"))),
          plan + " has no .expected file");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void importsAsExpected(String plan) throws IOException {
    Path dir = directory();
    String text = Files.readString(dir.resolve(plan), StandardCharsets.UTF_8);
    List<String> expected =
        Files.readAllLines(dir.resolve(plan.replace(".txt", ".expected")), StandardCharsets.UTF_8)
            .stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    ImportResult result = PlanTextImporter.importText(text, ImportOptions.defaults());
    List<String> actual = observed(result);
    if (!expected.equals(actual)) {
      fail(plan + " differs from its .expected file\n" + diff(expected, actual) + messages(result));
    }
  }

  /** What a user sees of an import: the summary, the issues, the checker's findings. */
  static List<String> observed(ImportResult result) {
    List<String> lines = new ArrayList<>();
    lines.add(
        result.plan().map(p -> ImportSummary.of(p, result.issues()).line()).orElse("no plan"));
    for (ImportIssue i : result.issues()) {
      lines.add("issue " + i.severity() + " " + i.line());
    }
    if (result.plan().isPresent()) {
      KmPlan plan = result.plan().get();
      PlanChecker.check(plan).findings().stream()
          .sorted(Finding.ORDER)
          .forEach(f -> lines.add("finding " + f.code().code() + " " + f.location()));
    }
    return lines;
  }

  private static String messages(ImportResult result) {
    StringBuilder out = new StringBuilder("  the issues' messages:\n");
    result.issues().forEach(i -> out.append("    ").append(i).append('\n'));
    result
        .plan()
        .ifPresent(
            p ->
                PlanChecker.check(p)
                    .findings()
                    .forEach(f -> out.append("    ").append(f).append('\n')));
    return out.toString();
  }

  private static String diff(List<String> expected, List<String> actual) {
    StringBuilder out = new StringBuilder();
    List<String> missing = new ArrayList<>(expected);
    actual.forEach(missing::remove);
    List<String> extra = new ArrayList<>(actual);
    expected.forEach(extra::remove);
    missing.forEach(l -> out.append("  - expected, not seen: ").append(l).append('\n'));
    extra.forEach(l -> out.append("  + seen, not expected: ").append(l).append('\n'));
    if (missing.isEmpty() && extra.isEmpty()) {
      out.append("  (the same lines in another order)\n");
    }
    out.append("  actual, in full:\n");
    actual.forEach(l -> out.append("    ").append(l).append('\n'));
    return out.toString();
  }

  private static Path directory() {
    try {
      return Path.of(
          Objects.requireNonNull(CorpusTest.class.getResource(DIRECTORY), DIRECTORY).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
