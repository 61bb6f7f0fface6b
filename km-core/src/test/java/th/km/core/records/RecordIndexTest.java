package th.km.core.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.km.core.plan.KmPlan;
import th.km.core.testing.CalendarGenerators;
import th.km.core.testing.EvaluationPlans;
import th.km.core.testing.RecordGenerator;

/**
 * The index of a year's records gives the same look-ups and problems whether it knows the ids
 * distinct from their order (each kind in ascending id order, the kinds' ranges apart: no map of
 * every id) or has to map every id (records out of order, or ids repeated across kinds).
 */
class RecordIndexTest {

  private static final int CASES = 100;

  @Test
  void recordsInIdOrderAndOutOfItAreLookedUpAlike() {
    long seed = CalendarGenerators.newSeed();
    System.out.println("RecordIndexTest seed " + seed);
    Random random = new Random(seed);
    KmPlan plan = EvaluationPlans.withIndicators(List.of());
    for (int i = 0; i < CASES; i++) {
      YearRecords year = RecordGenerator.year(random, plan, 1 + random.nextInt(25));
      YearRecords sorted = reordered(year, Comparator.comparing(YearRecord::id));
      YearRecords reversed = reordered(year, Comparator.comparing(YearRecord::id).reversed());
      String where = "seed " + seed + " case " + i;
      for (RecordKind kind : RecordKind.values()) {
        assertTrue(sorted.idsAscending(kind) || repeats(sorted.ofKind(kind)), where + " " + kind);
        assertFalse(reversed.ofKind(kind).size() > 1 && reversed.idsAscending(kind), where + " " + kind);
      }
      assertEquals(sorted(sorted.validate(plan)), sorted(reversed.validate(plan)), where);
      for (YearRecord r : year.all().toList()) {
        for (String id : List.of(r.id(), r.id() + "x")) {
          assertEquals(reversed.byId(id), sorted.byId(id), where + " " + id);
          assertEquals(reversed.staffMember(id), sorted.staffMember(id), where + " " + id);
          assertEquals(reversed.training(id), sorted.training(id), where + " " + id);
          assertEquals(reversed.knowledgeAsset(id), sorted.knowledgeAsset(id), where + " " + id);
        }
      }
    }
  }

  @Test
  void anIdUsedByTwoKindsIsReportedAndLookedUpAsTheFirstAdded() {
    Random random = new Random(7);
    KmPlan plan = EvaluationPlans.withIndicators(List.of());
    YearRecords year = RecordGenerator.year(random, plan, 5);
    StaffMember s = year.staff().get(0);
    Meeting m = year.meetings().get(0);
    Meeting clash = Meeting.builder().from(m).id(s.id()).build();
    YearRecords clashing = YearRecords.builder().from(year).meetings(List.of(clash)).build();
    assertEquals(s, clashing.byId(s.id()).orElseThrow());
    assertEquals(s, clashing.staffMember(s.id()).orElseThrow());
    assertTrue(
        clashing.validate().stream()
            .anyMatch(p -> p.recordId().equals(s.id()) && p.kind() == RecordKind.MEETING),
        clashing.validate().toString());
  }

  private static boolean repeats(List<? extends YearRecord> records) {
    return records.stream().map(YearRecord::id).distinct().count() < records.size();
  }

  private static List<String> sorted(List<RecordProblem> problems) {
    List<String> all = new ArrayList<>();
    problems.forEach(p -> all.add(p.toString()));
    all.sort(null);
    return all;
  }

  private static <T extends YearRecord> List<T> order(List<T> records, Comparator<YearRecord> c) {
    List<T> copy = new ArrayList<>(records);
    copy.sort(c);
    return copy;
  }

  private static YearRecords reordered(YearRecords y, Comparator<YearRecord> c) {
    return YearRecords.builder()
        .from(y)
        .staff(order(y.staff(), c))
        .trainings(order(y.trainings(), c))
        .trainingReports(order(y.trainingReports(), c))
        .supervisorRatings(order(y.supervisorRatings(), c))
        .knowledgeAssets(order(y.knowledgeAssets(), c))
        .meetings(order(y.meetings(), c))
        .acknowledgements(order(y.acknowledgements(), c))
        .accessEvents(order(y.accessEvents(), c))
        .recognitions(order(y.recognitions(), c))
        .progressUpdates(order(y.progressUpdates(), c))
        .evaluationReports(order(y.evaluationReports(), c))
        .monitoringNotes(order(y.monitoringNotes(), c))
        .build();
  }
}
