package th.km.persistence.national;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.calendar.FiscalYear;
import th.km.core.check.PlanChecker;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationType;
import th.km.persistence.planfile.PlanFiles;
import th.km.persistence.records.RecordsFolder;
import th.km.persistence.records.RecordsReading;

/** The national dataset: its mix, its determinism, and that km reads what it writes. */
class NationalDatasetTest {

  @Test
  void theWholeCountryIsTheNationalMix() {
    assertArrayEquals(new int[] {76, 30, 195, 2_247, 5_302}, NationalMix.counts(7_850));
    List<NationalMix.Seat> seats = NationalMix.seats(7_850, 1);
    assertEquals(76, seats.stream().map(NationalMix.Seat::province).distinct().count());
    assertEquals(7_850, seats.stream().map(NationalMix.Seat::code).distinct().count());
  }

  @Test
  void aHundredIsOneProvinceWithEveryKindOfOrganization() {
    int[] counts = NationalMix.counts(100);
    assertEquals(100, java.util.Arrays.stream(counts).sum());
    assertEquals(1, counts[0]);
    assertEquals(68, counts[4]);
    List<NationalMix.Seat> seats = NationalMix.seats(100, 7);
    assertEquals(1, seats.stream().map(NationalMix.Seat::province).distinct().count());
    for (OrganizationType t : List.of(OrganizationType.TOWN_MUNICIPALITY, OrganizationType.SUBDISTRICT_MUNICIPALITY)) {
      assertTrue(seats.stream().anyMatch(s -> s.type() == t), t.name());
    }
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOthers(@TempDir Path dir) throws IOException {
    write(new NationalDataset(4, 42, NationalDataset.DEFAULT_YEAR), dir.resolve("a"));
    write(new NationalDataset(4, 42, NationalDataset.DEFAULT_YEAR), dir.resolve("b"));
    write(new NationalDataset(4, 43, NationalDataset.DEFAULT_YEAR), dir.resolve("c"));
    List<Path> files = files(dir.resolve("a"));
    assertFalse(files.isEmpty());
    assertEquals(files.size(), files(dir.resolve("b")).size());
    boolean anyDiffers = false;
    for (Path f : files) {
      Path rel = dir.resolve("a").relativize(f);
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("b").resolve(rel)), rel.toString());
      Path other = dir.resolve("c").resolve(rel);
      anyDiffers |= !Files.exists(other) || !java.util.Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(other));
    }
    assertTrue(anyDiffers, "seed 43 should draw another dataset than seed 42");
  }

  @Test
  void kmReadsEveryOrganizationItWritesAndItsPlanHasNoError(@TempDir Path dir) throws IOException {
    NationalDataset dataset = new NationalDataset(5, 9, FiscalYear.ofBuddhistYear(2570));
    write(dataset, dir);
    try (Stream<Path> folders = Files.list(dir)) {
      List<Path> orgs = folders.sorted().toList();
      assertEquals(5, orgs.size());
      for (Path org : orgs) {
        KmPlan plan = PlanFiles.read(org.resolve("plan.json"));
        assertEquals(2570, plan.fiscalYear().buddhistYear());
        assertTrue(plan.organization().provinceCode().isPresent(), org.toString());
        assertTrue(plan.organization().provinceCode().orElseThrow().province().isPresent());
        assertFalse(PlanChecker.check(plan).hasErrors(), org + ": " + PlanChecker.check(plan).findings());
        RecordsReading reading = RecordsFolder.load(org, plan);
        RecordsReading.Loaded loaded =
            assertInstanceOf(RecordsReading.Loaded.class, reading, org + ": " + reading);
        assertTrue(loaded.records().staff().size() >= 5);
        assertTrue(loaded.records().accessEvents().size() > loaded.records().staff().size());
      }
    }
  }

  @Test
  void plansDifferBetweenOrganizations() {
    NationalDataset dataset = new NationalDataset(3, 5, NationalDataset.DEFAULT_YEAR);
    KmPlan a = dataset.draw(1).plan();
    KmPlan b = dataset.draw(2).plan();
    assertNotEquals(a.organization(), b.organization());
    assertNotEquals(a.committees(), b.committees());
    assertEquals(a, dataset.draw(1).plan(), "an organization is drawn the same every time");
  }

  @Test
  void plansTakeTheShapeOfTheirTypeAndSizeAndHaveNoError() {
    NationalDataset dataset = new NationalDataset(100, 3, NationalDataset.DEFAULT_YEAR);
    java.util.Map<PlanShapes.Shape, KmPlan> byShape = new java.util.EnumMap<>(PlanShapes.Shape.class);
    java.util.Set<String> ruleKinds = new java.util.TreeSet<>();
    boolean counted = false;
    boolean shared = false;
    for (int i = 0; i < dataset.size(); i++) {
      NationalDataset.Organization o = dataset.draw(i);
      KmPlan plan = o.plan();
      byShape.putIfAbsent(PlanShapes.of(plan.organization().type()), plan);
      assertFalse(PlanChecker.check(plan).hasErrors(), plan.organization().code() + ": " + PlanChecker.check(plan).findings());
      // Warnings are expected (a report on a September training is filed in October); errors not.
      assertTrue(
          o.records().validate(plan).stream().allMatch(p -> p.severity().name().equals("WARNING")),
          plan.organization().code() + ": " + o.records().validate(plan));
      for (var goal : plan.goals()) {
        for (var activity : goal.activities()) {
          for (var indicator : activity.indicators()) {
            ruleKinds.add(indicator.rule().getClass().getSimpleName());
            boolean reach = indicator.rule() instanceof th.km.core.indicator.IndicatorRule.Count c
                && c.selector().kind() == th.km.core.records.RecordKind.MEETING
                && goal.number() == plan.goals().size();
            counted |= reach;
            shared |= indicator.rule() instanceof th.km.core.indicator.IndicatorRule.Percentage p
                && p.qualifying().kind() == th.km.core.records.RecordKind.MEETING;
          }
        }
      }
    }
    assertEquals(java.util.EnumSet.allOf(PlanShapes.Shape.class), byShape.keySet());
    KmPlan large = byShape.get(PlanShapes.Shape.LARGE);
    KmPlan medium = byShape.get(PlanShapes.Shape.MEDIUM);
    KmPlan small = byShape.get(PlanShapes.Shape.SMALL);
    assertEquals(List.of(4, 4, 3), List.of(large.goals().size(), medium.goals().size(), small.goals().size()));
    assertEquals(26, activities(large));
    assertEquals(22, activities(medium));
    assertEquals(18, activities(small));
    assertTrue(ruleKinds.containsAll(List.of("Count", "Percentage", "Coverage", "Occurrence", "BeforeAfter", "ReportOnly")), ruleKinds.toString());
    assertTrue(counted && shared, "staff reached by gatherings is a count in some plans and a share in others");
  }

  @Test
  void aYearHoldsEveryKindOfRecordTheIndicatorsMeasure() {
    NationalDataset.Organization o = new NationalDataset(100, 3, NationalDataset.DEFAULT_YEAR).draw(0);
    assertFalse(o.records().supervisorRatings().isEmpty());
    assertFalse(o.records().evaluationReports().isEmpty());
    assertFalse(o.records().trainingReports().isEmpty());
  }

  private static int activities(KmPlan plan) {
    return plan.goals().stream().mapToInt(g -> g.activities().size()).sum();
  }

  private static void write(NationalDataset dataset, Path dir) throws IOException {
    Files.createDirectories(dir);
    dataset.forEach(o -> NationalDataset.write(o, dir));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return new ArrayList<>(all.filter(Files::isRegularFile).sorted().toList());
    }
  }
}
