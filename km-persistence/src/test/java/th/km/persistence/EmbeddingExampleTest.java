package th.km.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.Actor;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.StaffCategory;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.demo.DemoYear;

/**
 * docs/embedding.md shows another Java application using km as a library; this test runs its
 * example, the very code between the markers below, and checks that the document shows that code
 * and nothing else.
 */
class EmbeddingExampleTest {

  private static final Path DOC = Path.of("..", "docs", "embedding.md");
  private static final Path SOURCE =
      Path.of("src", "test", "java", "th", "km", "persistence", "EmbeddingExampleTest.java");

  @TempDir Path dataFolder;

  @Test
  void theDocumentedExampleRecordsATrainingThatTheEvaluationCounts() throws IOException {
    Path printed = dataFolder.resolve("out.txt");
    try (PrintStream out = new PrintStream(Files.newOutputStream(printed), true, "UTF-8")) {
      // example:library:start
      try (Database db = Database.open(DatabaseLocation.embedded(dataFolder))) {
        Clock clock = Clock.systemUTC();
        Actor hr = Actor.of("hr-system");
        KmPlan plan = DemoYear.shippedPlan(); // your own: PlanFiles.read(Path.of("plan.json"))
        db.planStore(clock, hr).saveDraft(plan);

        RecordBook book = RecordBook.of(plan.organization().code(), plan.fiscalYear());
        RecordCommands entry = db.recordCommands(clock);
        entry.add(book, StaffMember.builder().id("st-001").name("นางสาวสมใจ ใฝ่รู้")
            .category(StaffCategory.MUNICIPAL_OFFICER).division(DivisionCode.of("finance")).build(), hr);
        entry.add(book, Training.of("tr-001", "st-001", "การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง",
            TrainingKind.TRAINING, TrainingSetting.EXTERNAL,
            LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 14)), hr);

        YearRecords records = db.recordStore().records(book.organization(), book.fiscalYear());
        Evaluation evaluation =
            Evaluator.evaluate(plan, records, LocalDate.of(2026, 3, 31), HolidayFiles.shipped());
        evaluation.results().forEach(r -> out.println(r.subject() + " " + r.status() + " " + r.recordIds()));
      }
      // example:library:end
    }

    List<String> lines = Files.readAllLines(printed, StandardCharsets.UTF_8);
    KmPlan shipped = DemoYear.shippedPlan();
    long indicators =
        shipped.goals().stream()
                .flatMap(g -> g.activities().stream())
                .mapToLong(a -> a.indicators().size())
                .sum()
            + shipped.monitoringIndicators().size();
    assertEquals(indicators, lines.size(), "one line per indicator of the plan");
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("tr-001")),
        "no indicator counted the training:\n" + String.join("\n", lines));
  }

  @Test
  void aFormCorrectsARecordAsTheDocumentShows() {
    try (Database db = Database.open(DatabaseLocation.embedded(dataFolder))) {
      Clock clock = Clock.systemUTC();
      Actor hr = Actor.of("hr-system");
      KmPlan plan = DemoYear.shippedPlan();
      db.planStore(clock, hr).saveDraft(plan);
      RecordBook book = RecordBook.of(plan.organization().code(), plan.fiscalYear());
      RecordCommands entry = db.recordCommands(clock);
      entry.add(
          book,
          StaffMember.builder()
              .id("st-001")
              .name("นางสาวสมใจ ใฝ่รู้")
              .category(StaffCategory.MUNICIPAL_OFFICER)
              .build(),
          hr);
      entry.add(
          book,
          Training.of(
              "tr-001",
              "st-001",
              "การจัดเก็บภาษี",
              TrainingKind.TRAINING,
              TrainingSetting.EXTERNAL,
              LocalDate.of(2026, 1, 12),
              LocalDate.of(2026, 1, 14)),
          hr);

      // example:form:start
      Versioned shown = entry.find(book, RecordKind.TRAINING, "tr-001").orElseThrow();
      Training was = (Training) shown.record();
      Training corrected = new Training(was.id(), was.personId(), was.title(), was.trainingKind(),
          was.setting(), was.start(), was.end(), LocalDate.of(2026, 1, 16)); // came back later
      String message = switch (entry.correct(book, corrected, shown.version(), hr)) {
        case WriteResult.Saved saved -> "บันทึกแล้ว ฉบับที่ " + saved.version();
        case WriteResult.Conflict conflict -> "มีผู้แก้ไขก่อน: " + conflict.current().record();
        case WriteResult.Rejected rejected -> rejected.reasons().get(0).th();
      };
      // example:form:end

      assertEquals("บันทึกแล้ว ฉบับที่ 1", message);
      assertEquals(
          LocalDate.of(2026, 1, 16),
          ((Training) entry.find(book, RecordKind.TRAINING, "tr-001").orElseThrow().record())
              .returned());
    }
  }

  @Test
  void theDocumentShowsExactlyTheCodeTheTestsRun() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(doc);
    for (String example : List.of("library", "form")) {
      String marker = "// example:" + example;
      Matcher m =
          Pattern.compile(
                  Pattern.quote(marker + ":start") + "\\n(.*?)\\n\\s*" + Pattern.quote(marker + ":end"),
                  Pattern.DOTALL)
              .matcher(source);
      assertTrue(m.find(), "the markers of '" + example + "' are missing from " + SOURCE);
      assertTrue(block.find(), "docs/embedding.md lacks the java block of '" + example + "'");

      assertEquals(dedent(m.group(1)), block.group(1), "the example '" + example + "'");
    }
  }

  private static String dedent(String text) {
    List<String> lines = text.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
        .collect(Collectors.joining("\n"));
  }
}
