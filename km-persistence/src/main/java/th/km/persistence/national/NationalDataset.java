package th.km.persistence.national;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecords;
import th.km.persistence.planfile.PlanFiles;
import th.km.persistence.records.RecordsFolder;
import th.km.persistence.transfer.FolderTransfer;

/**
 * The national dataset of {@code organizations} local governments for a fiscal year, drawn from a
 * seed ({@code km generate}): the same size, seed and year give the same plans and records, byte
 * for byte once written. Organizations are drawn one at a time and handed on, so memory holds one
 * organization's year whatever the size.
 */
public final class NationalDataset {

  /** The fiscal year of the reference plan, the default. */
  public static final FiscalYear DEFAULT_YEAR = FiscalYear.ofBuddhistYear(2569);

  /** One organization's plan and year of records. */
  public record Organization(KmPlan plan, YearRecords records) {}

  private final List<NationalMix.Seat> seats;
  private final long seed;
  private final FiscalYear year;

  public NationalDataset(int organizations, long seed, FiscalYear year) {
    this.seats = NationalMix.seats(organizations, seed);
    this.seed = seed;
    this.year = year;
  }

  /** How many organizations the dataset holds. */
  public int size() {
    return seats.size();
  }

  /** Draws each organization in turn and hands it to {@code sink}. */
  public void forEach(Consumer<Organization> sink) {
    for (NationalMix.Seat seat : seats) {
      sink.accept(draw(seat));
    }
  }

  /** The organization at {@code index} (0-based), drawn alone: the same as {@link #forEach} gives. */
  public Organization draw(int index) {
    return draw(seats.get(index));
  }

  private Organization draw(NationalMix.Seat seat) {
    // Each organization has its own stream, so one can be drawn without the ones before it.
    Random random = new Random(seed * 1_000_003L + seat.index());
    KmPlan plan = PlanTemplates.plan(seat, year, random);
    return new Organization(plan, YearGenerator.generate(plan, random));
  }

  /**
   * Writes the organization into {@code dir}/its code: the plan as {@value FolderTransfer#PLAN_FILE}
   * and the records folder's files beside it, the layout {@code km db export} writes and {@code km
   * db import --all} reads.
   */
  public static Path write(Organization organization, Path dir) {
    Path folder = dir.resolve(organization.plan().organization().code().value());
    RecordsFolder.write(organization.records(), folder);
    PlanFiles.write(organization.plan(), folder.resolve(FolderTransfer.PLAN_FILE));
    return folder;
  }
}
