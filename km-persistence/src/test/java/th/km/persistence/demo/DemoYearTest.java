package th.km.persistence.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.evaluation.Status;
import th.km.core.plan.KmPlan;
import th.km.core.plan.StaffCategory;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.MeetingKind;
import th.km.core.records.YearRecords;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.planfile.PlanFiles;
import th.km.persistence.records.RecordsFolder;
import th.km.persistence.records.RecordsReading;

class DemoYearTest {

  private static final KmPlan PLAN = DemoYear.shippedPlan();
  private static final YearRecords YEAR = DemoYear.generate(PLAN);
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 31);
  private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 30);

  private static Evaluation evaluate(LocalDate asOf) {
    return Evaluator.evaluate(PLAN, YEAR, asOf, HolidayFiles.shipped());
  }

  private static Map<String, Status> statuses(Evaluation e) {
    Map<String, Status> out = new TreeMap<>();
    e.results().forEach(r -> out.put(r.subject().key() + "#" + r.indicatorNumber(), r.status()));
    return out;
  }

  private static IndicatorResult result(Evaluation e, String key, int number) {
    return e.results().stream()
        .filter(r -> r.subject().key().equals(key) && r.indicatorNumber() == number)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no result for " + key + "#" + number));
  }

  @Test
  void atTheEndOfMarchTheDemoShowsMetOnTrackAtRiskAndReportOnly() {
    Evaluation march = evaluate(MARCH);
    Set<Status> seen = EnumSet.noneOf(Status.class);
    march.results().forEach(r -> seen.add(r.status()));
    assertTrue(
        seen.containsAll(
            EnumSet.of(Status.MET, Status.ON_TRACK, Status.AT_RISK, Status.REPORT_ONLY)),
        statuses(march).toString());
    // Two of five divisions have a reviewed manual by the end of March, behind the pace.
    IndicatorResult divisions = result(march, "goal-1/activity-3", 3);
    assertEquals(Status.AT_RISK, divisions.status(), divisions.reason().en());
    assertEquals(new BigDecimal("40.00"), divisions.value().orElseThrow());
    // Songkran has not yet come, so the report filed on 16 April is not yet due.
    assertTrue(
        result(march, "monitoring/training-report", 1).reason().en().contains("1 not yet due"),
        result(march, "monitoring/training-report", 1).reason().en());
  }

  @Test
  void atTheEndOfTheYearTheDemoShowsMetNotMetAndReportOnly() {
    Evaluation september = evaluate(SEPTEMBER);
    Set<Status> seen = EnumSet.noneOf(Status.class);
    september.results().forEach(r -> seen.add(r.status()));
    assertTrue(
        seen.containsAll(EnumSet.of(Status.MET, Status.NOT_MET, Status.REPORT_ONLY)),
        statuses(september).toString());
    assertFalse(seen.contains(Status.ON_TRACK) || seen.contains(Status.AT_RISK), "the year is over");

    IndicatorResult knowGoals = result(september, "goal-4/activity-1", 1);
    assertEquals(Status.NOT_MET, knowGoals.status(), "acknowledgements stop short of 90%");
    assertTrue(knowGoals.value().orElseThrow().compareTo(BigDecimal.valueOf(90)) < 0);
    assertEquals(Status.NOT_MET, result(september, "goal-1/activity-3", 3).status(), "4 of 5 divisions");
    assertEquals(Status.MET, result(september, "goal-1/activity-3", 2).status(), "the workshop had 5+");
    assertEquals(Status.NOT_MET, result(september, "monitoring/training-report", 1).status());
    assertEquals(Status.MET, result(september, "monitoring/evaluation-report", 1).status());
    assertEquals(Status.MET, result(september, "goal-4/activity-5", 1).status(), "every retiree honoured");
  }

  @Test
  void everyActivityOfTheFourGoalsAndEveryMonitoringRuleIsEvaluatedOnBothDays() {
    for (LocalDate day : List.of(MARCH, SEPTEMBER)) {
      Evaluation e = evaluate(day);
      Set<String> subjects = new TreeSet<>();
      e.results().forEach(r -> subjects.add(r.subject().key()));
      Set<String> expected = new TreeSet<>();
      PLAN.goals()
          .forEach(
              g ->
                  g.activities()
                      .forEach(
                          a ->
                              expected.add(
                                  new IndicatorSubject.Activity(g.number(), a.number(), a.step())
                                      .key())));
      PLAN.monitoringRules().forEach(r -> expected.add("monitoring/" + r.key()));
      assertEquals(24 + 4, expected.size(), "the Ban Waen plan has 24 activities and 4 rules");
      assertEquals(expected, subjects, "on " + day);
      assertTrue(
          e.results().stream()
              .filter(r -> r.status() != Status.REPORT_ONLY && r.status() != Status.NO_DATA)
              // Nothing recorded is now a number too (0: the absence is the data), with no record.
              .filter(r -> r.value().map(v -> v.signum() != 0).orElse(true))
              .allMatch(r -> !r.recordIds().isEmpty()),
          "every evaluated number names the records behind it");
    }
  }

  @Test
  void theYearHasWhatTheDemoPromises() {
    assertTrue(YEAR.validate(PLAN).isEmpty(), YEAR.validate(PLAN).toString());
    long divisionStaff =
        YEAR.staff().stream()
            .filter(s -> s.category() != StaffCategory.EXECUTIVE && s.division().isPresent())
            .count();
    assertTrue(divisionStaff >= 65 && divisionStaff <= 75, "about 70 staff: " + divisionStaff);
    assertEquals(
        5,
        YEAR.staff().stream().flatMap(s -> s.division().stream()).collect(Collectors.toSet()).size());
    Set<String> reviewedManualDivisions =
        YEAR.knowledgeAssets().stream()
            .filter(a -> a.assetKind() == AssetKind.WORK_MANUAL && a.reviewedOn().isPresent())
            .flatMap(a -> a.division().stream())
            .map(d -> d.value())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(4, reviewedManualDivisions.size(), reviewedManualDivisions.toString());
    assertEquals(
        1, YEAR.meetings().stream().filter(m -> m.meetingKind() == MeetingKind.WORKSHOP).count());
    assertEquals(1, YEAR.evaluationReports().size());
    assertTrue(YEAR.accessEvents().size() > 50);
    assertTrue(YEAR.recognitions().size() >= 5);
    assertTrue(YEAR.trainings().size() >= 25);
  }

  @Test
  void aReportDueOnSongkranIsOnTimeWhenFiledOnTheNextWorkingDay() {
    var songkran =
        YEAR.trainings().stream()
            .filter(t -> t.returned().equals(LocalDate.of(2026, 3, 29)))
            .findFirst()
            .orElseThrow();
    var report = YEAR.reportsOf(songkran.id()).get(0);
    assertEquals(LocalDate.of(2026, 4, 16), report.submittedOn(), "17 days after the return");
    assertTrue(
        result(evaluate(SEPTEMBER), "monitoring/training-report", 1).recordIds().contains(report.id()));
  }

  @Test
  void theSameSeedWritesByteIdenticalFoldersAndAnotherSeedDoesNot(@TempDir Path tmp)
      throws IOException {
    DemoYear.write(tmp.resolve("a"));
    DemoYear.write(tmp.resolve("b"));
    List<String> names;
    try (Stream<Path> files = Files.list(tmp.resolve("a"))) {
      names = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertTrue(names.contains(DemoYear.PLAN_FILE) && names.contains(RecordsFolder.MANIFEST), names.toString());
    for (String name : names) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("a").resolve(name)),
          Files.readAllBytes(tmp.resolve("b").resolve(name)),
          name);
    }
    assertNotEquals(YEAR, DemoYear.generate(PLAN, DemoYear.SEED + 1));
  }

  @Test
  void theWrittenFolderReadsBackAsTheSamePlanAndRecordsWithoutWarnings(@TempDir Path tmp) {
    DemoYear.write(tmp);
    KmPlan plan = PlanFiles.read(tmp.resolve(DemoYear.PLAN_FILE));
    assertEquals(PLAN, plan);
    RecordsReading.Loaded loaded =
        assertInstanceOf(RecordsReading.Loaded.class, RecordsFolder.load(tmp, plan));
    assertEquals(YEAR, loaded.records());
    assertEquals(List.of(), loaded.problems());
  }

  @Test
  void theDraftManualOfTheFifthDivisionCountsAsADraft() {
    KnowledgeAsset draft =
        YEAR.knowledgeAssets().stream()
            .filter(a -> a.assetKind() == AssetKind.WORK_MANUAL && a.reviewedOn().isEmpty())
            .findFirst()
            .orElseThrow();
    assertTrue(draft.publications().isEmpty());
    assertEquals(AssetStatus.DRAFT, draft.statusOn(SEPTEMBER).orElseThrow());
  }
}
