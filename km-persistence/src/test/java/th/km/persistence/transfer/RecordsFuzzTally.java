package th.km.persistence.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import th.km.core.records.RecordKind;
import th.km.core.store.RecordImport;
import th.km.core.testing.fuzz.FuzzRun;
import th.km.core.testing.fuzz.Leaks;
import th.km.persistence.records.RecordsFileProblem;
import th.km.persistence.records.RecordsFolder;

/**
 * The checks of the imports of one records file kind's malformed inputs, and their figures: what
 * was refused, what was stored, what threw, and what a refusal failed to say.
 */
final class RecordsFuzzTally {

  private static final Set<String> FILES =
      Stream.concat(
              Stream.of(RecordsFolder.MANIFEST),
              Stream.of(RecordKind.values()).map(RecordsFolder::fileName))
          .collect(Collectors.toUnmodifiableSet());

  private final String entryPoint;
  private final FuzzRun run;
  private final List<String> failures = new ArrayList<>();
  private int inputs;
  private int refused;
  private int stored;
  private int exceptions;
  private int leaks;
  private int unplaced;
  private int rowsFromRefused;
  private final java.util.TreeSet<String> withoutField = new java.util.TreeSet<>();

  RecordsFuzzTally(String entryPoint, FuzzRun run) {
    this.entryPoint = entryPoint;
    this.run = run;
  }

  int inputs() {
    return inputs;
  }

  void failure(String what) {
    failures.add(what);
  }

  void exception(String where, Throwable e) {
    inputs++;
    exceptions++;
    failures.add(where + ": threw " + e);
  }

  void check(String where, RecordsImport result, Map<String, Long> before, Map<String, Long> after) {
    inputs++;
    boolean refusal =
        switch (result) {
          case RecordsImport.Unreadable u -> {
            if (u.problems().stream().noneMatch(RecordsFileProblem::isError)) {
              failures.add(where + ": refused without an error " + u.problems());
            }
            u.problems().forEach(p -> problem(where, p));
            yield true;
          }
          // Only a manifest naming another organization or another year comes here; the command
          // says so in its own words, which name the folder.
          case RecordsImport.OtherOrganization o -> true;
          case RecordsImport.NoPlan n -> true;
          case RecordsImport.Read r -> {
            r.warnings().forEach(p -> problem(where, p));
            yield switch (r.result()) {
              case RecordImport.Imported i -> false;
              case RecordImport.Refused x -> {
                if (r.conflicts().size() != x.conflicts().size()) {
                  failures.add(where + ": conflicts not placed in the folder: " + x.conflicts());
                }
                r.conflicts().forEach(p -> problem(where, p));
                yield true;
              }
              case RecordImport.UnknownOrganization u -> {
                failures.add(where + ": the organization is unknown after its plan was saved");
                yield true;
              }
            };
          }
        };
    if (refusal) {
      refused++;
      if (!before.equals(after)) {
        rowsFromRefused++;
        failures.add(where + ": a refused input changed the rows " + before + " → " + after);
      }
    } else {
      stored++;
    }
  }

  /** One problem a person reads: in both languages, no class name, placed at file and line. */
  private void problem(String where, RecordsFileProblem p) {
    String text = p.describeTh() + "\n" + p.describeEn();
    Leaks.in(text).ifPresent(leak -> {
      leaks++;
      failures.add(where + ": shows " + leak);
    });
    if (!Leaks.inThaiAndEnglish(text)) {
      failures.add(where + ": not in Thai and English: " + RecordsFolderFuzzTest.shorten(text));
    }
    if (p.field().isEmpty() && Boolean.getBoolean("km.fuzz.fieldless")) {
      withoutField.add(p.message().en().replaceAll("'[^']*'|\"[^\"]*\"|\\d+", "_"));
    }
    if (!FILES.contains(p.file()) || p.line() < 1) {
      unplaced++;
      failures.add(where + ": names no file and line: " + RecordsFolderFuzzTest.shorten(p.describeEn()));
    }
  }

  void assertClean() {
    System.out.println(
        RecordsFolderFuzzTest.format(
            "FUZZ %-50s inputs %5d  refused %5d  stored %4d  exceptions %d  stack traces %d"
                + "  unplaced %d  rows from refused %d",
            entryPoint, inputs, refused, stored, exceptions, leaks, unplaced, rowsFromRefused));
    withoutField.forEach(m -> System.out.println("  without a field: " + RecordsFolderFuzzTest.shorten(m)));
    if (inputs < run.count()) {
      failures.add(entryPoint + " got " + inputs + " inputs");
    }
    if (!failures.isEmpty()) {
      RecordsFolderFuzzTest.failWith(entryPoint, failures);
    }
  }
}
