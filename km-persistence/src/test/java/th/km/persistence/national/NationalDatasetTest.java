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
