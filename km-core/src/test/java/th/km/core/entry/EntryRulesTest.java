package th.km.core.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.plan.KmPlan;
import th.km.core.records.RecordKind;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.core.testing.EvaluationPlans;
import th.km.core.testing.RecordGenerator;

class EntryRulesTest {

  private static final RecordBook BOOK =
      RecordBook.of(EvaluationPlans.BAN_WAEN, EvaluationPlans.YEAR);
  private static final KmPlan PLAN = EvaluationPlans.withIndicators(List.of());

  private static Training training(String id, String person) {
    return Training.of(
        id,
        person,
        "หลักสูตร",
        TrainingKind.TRAINING,
        TrainingSetting.EXTERNAL,
        LocalDate.of(2026, 1, 12),
        LocalDate.of(2026, 1, 14));
  }

  @Test
  void aStaleCorrectionIsAConflictBeforeAnythingElseIsChecked() {
    YearRecords stored =
        YearRecords.builder()
            .organization(BOOK.organization())
            .fiscalYear(BOOK.fiscalYear())
            .addTrainings(training("tr-1", "st-1"))
            .build();
    Versioned current = new Versioned(training("tr-1", "st-1"), 4);

    EntryRules.Decision decision =
        EntryRules.correct(
            BOOK, Optional.of(PLAN), stored, Optional.of(current), training("tr-1", "nobody"), 3);

    WriteResult.Conflict conflict =
        assertInstanceOf(
            WriteResult.Conflict.class,
            assertInstanceOf(EntryRules.Decision.Refuse.class, decision).result());
    assertEquals(current, conflict.current());
  }

  @Test
  void withReplacesARecordInItsPlaceOrAddsItLastAndKeepsEveryOtherRecord() {
    for (int seed = 0; seed < 50; seed++) {
      Random random = new Random(seed);
      YearRecords year = RecordGenerator.year(random, PLAN);
      List<YearRecord> all = year.all().toList();
      if (all.isEmpty()) {
        continue;
      }
      YearRecord picked = all.get(random.nextInt(all.size()));

      YearRecords same = EntryRules.with(year, picked);
      Training added = training("new-" + seed, "st-x");
      YearRecords more = EntryRules.with(year, added);

      assertEquals(year, same, "seed " + seed);
      List<Training> expected = new ArrayList<>(year.trainings());
      expected.add(added);
      assertEquals(expected, more.trainings(), "seed " + seed);
      for (RecordKind kind : RecordKind.values()) {
        if (kind != RecordKind.TRAINING) {
          assertEquals(year.ofKind(kind), more.ofKind(kind), "seed " + seed + " " + kind);
        }
      }
    }
  }
}
