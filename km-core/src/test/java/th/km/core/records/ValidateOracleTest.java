package th.km.core.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.km.core.LocalizedText;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.testing.CalendarGenerators;
import th.km.core.testing.EvaluationPlans;
import th.km.core.testing.OneRecordGenerator;
import th.km.core.testing.RecordGenerator;

/**
 * {@link YearRecords#validate()} against the streams-and-Optionals version it replaced, kept here
 * as the oracle, over random years damaged on purpose: records dropped so that references dangle,
 * records added twice, ids shared across kinds, accesses to other years' assets, and a fiscal year
 * the records' days fall outside. The seed is printed and named in every message.
 */
class ValidateOracleTest {

  private static final int CASES = 300;

  @Test
  void validateFindsWhatTheFormerValidateFound() {
    long seed = CalendarGenerators.newSeed();
    System.out.println("ValidateOracleTest seed " + seed);
    Random random = new Random(seed);
    KmPlan plan = EvaluationPlans.withIndicators(List.of());
    for (int i = 0; i < CASES; i++) {
      YearRecords year = damaged(random, RecordGenerator.year(random, plan, 1 + random.nextInt(25)));
      List<RecordProblem> expected = oracle(year);
      assertEquals(expected, year.validate(), "seed " + seed + " case " + i);
      List<RecordProblem> withPlan = year.validate(plan);
      assertEquals(expected, withPlan.subList(0, expected.size()), "seed " + seed + " case " + i);
    }
  }

  /** The year with some records dropped, some repeated and some pointing at other years. */
  private static YearRecords damaged(Random random, YearRecords year) {
    int fy = year.fiscalYear().buddhistYear() + random.nextInt(3) - 1;
    YearRecords.Builder b =
        YearRecords.builder()
            .organization(year.organization())
            .fiscalYear(FiscalYear.ofBuddhistYear(fy))
            .staff(thinned(random, year.staff()))
            .trainings(thinned(random, year.trainings()))
            .trainingReports(year.trainingReports())
            .supervisorRatings(year.supervisorRatings())
            .knowledgeAssets(thinned(random, year.knowledgeAssets()))
            .meetings(year.meetings())
            .acknowledgements(year.acknowledgements())
            .accessEvents(year.accessEvents())
            .recognitions(year.recognitions())
            .progressUpdates(year.progressUpdates())
            .evaluationReports(year.evaluationReports())
            .monitoringNotes(year.monitoringNotes());
    List<YearRecord> all = year.all().toList();
    int repeats = random.nextInt(4);
    for (int k = 0; k < repeats && !all.isEmpty(); k++) {
      YearRecords partial = b.build();
      b = YearRecords.builder().from(RecordGenerator.with(partial, all.get(random.nextInt(all.size()))));
    }
    int strays = random.nextInt(5);
    for (int k = 0; k < strays; k++) {
      String asset =
          switch (random.nextInt(4)) {
            case 0 -> (fy - 1) + "/asset-" + k;
            case 1 -> fy + "/asset-" + k;
            case 2 -> "1999/asset-" + k;
            default ->
                year.knowledgeAssets().isEmpty()
                    ? "asset-none"
                    : year.knowledgeAssets().get(random.nextInt(year.knowledgeAssets().size())).id();
          };
      // Some strays take the id of another record of another kind.
      String id =
          random.nextBoolean() || all.isEmpty()
              ? "stray-" + k
              : all.get(random.nextInt(all.size())).id();
      b.addAccessEvents(OneRecordGenerator.access(random, id, asset, year.fiscalYear()));
    }
    return b.build();
  }

  private static <T> List<T> thinned(Random random, List<T> list) {
    List<T> kept = new ArrayList<>();
    for (T t : list) {
      if (random.nextInt(6) != 0) {
        kept.add(t);
      }
    }
    return kept;
  }

  /** The former validate(), word for word but for the calls it made on the year. */
  private static List<RecordProblem> oracle(YearRecords year) {
    List<RecordProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    FiscalYear fy = year.fiscalYear();
    year.all()
        .forEach(
            r -> {
              if (!seen.add(r.id())) {
                problems.add(
                    error(
                        r,
                        r.kind().thaiName() + " " + r.id() + " ใช้รหัสซ้ำกับบันทึกอื่น",
                        r.kind().englishName() + " " + r.id() + " has the id of another record"));
              }
              checkReferences(year, r, problems);
              r.occurredOn()
                  .filter(d -> !fy.contains(d))
                  .ifPresent(
                      d ->
                          problems.add(
                              new RecordProblem(
                                  r.id(),
                                  r.kind(),
                                  RecordProblem.Severity.WARNING,
                                  LocalizedText.of(
                                      r.kind().thaiName() + " " + r.id() + " ลงวันที่ " + d
                                          + " อยู่นอกปีงบประมาณ พ.ศ. " + fy.buddhistYear(),
                                      r.kind().englishName() + " " + r.id() + " is dated " + d
                                          + ", outside " + fy))));
            });
    return List.copyOf(problems);
  }

  private static void checkReferences(YearRecords year, YearRecord r, List<RecordProblem> problems) {
    switch (r) {
      case TrainingReport t -> requireTraining(year, t, t.trainingId(), problems);
      case SupervisorRating s -> requireTraining(year, s, s.trainingId(), problems);
      case AccessEvent a -> {
        boolean otherYears = a.assetYear().filter(y -> !y.equals(year.fiscalYear())).isPresent();
        boolean asset =
            year.byId(a.assetId()).filter(KnowledgeAsset.class::isInstance).isPresent();
        if (!asset && !otherYears) {
          problems.add(dangling(a, a.assetId(), RecordKind.KNOWLEDGE_ASSET));
        }
      }
      case StaffMember s -> {}
      default -> {
        for (String person : r.personIds()) {
          if (year.byId(person).filter(StaffMember.class::isInstance).isEmpty()) {
            problems.add(dangling(r, person, RecordKind.STAFF));
          }
        }
      }
    }
  }

  private static void requireTraining(
      YearRecords year, YearRecord r, String trainingId, List<RecordProblem> problems) {
    if (year.byId(trainingId).filter(Training.class::isInstance).isEmpty()) {
      problems.add(dangling(r, trainingId, RecordKind.TRAINING));
    }
  }

  private static RecordProblem dangling(YearRecord r, String target, RecordKind targetKind) {
    return error(
        r,
        r.kind().thaiName() + " " + r.id() + " อ้างถึง" + targetKind.thaiName() + " " + target
            + " ซึ่งไม่มีในบันทึก",
        r.kind().englishName() + " " + r.id() + " refers to " + targetKind.englishName() + " "
            + target + ", which is not recorded");
  }

  private static RecordProblem error(YearRecord r, String th, String en) {
    return new RecordProblem(r.id(), r.kind(), RecordProblem.Severity.ERROR, LocalizedText.of(th, en));
  }
}
