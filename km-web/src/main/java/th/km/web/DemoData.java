package th.km.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;
import th.km.core.store.RecordImport;
import th.km.persistence.db.Database;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.records.RecordsFolder;
import th.km.persistence.transfer.FolderTransfer;
import th.km.persistence.transfer.PlanImport;
import th.km.persistence.transfer.RecordsImport;
import th.km.web.security.DemoAccounts;
import th.km.web.security.PasswordHasher;

/**
 * Puts the demo into a database: the shipped Ban Waen plan and its demo year, imported through the
 * same {@link FolderTransfer} as {@code km db import-plan} and {@code import-records}, so that a
 * second start imports nothing twice and keeps what people recorded since; and one account per
 * role, made anew with new passwords each time.
 */
final class DemoData {

  /**
   * What loading the demo did.
   *
   * @param plan the shipped plan
   * @param planImport whether the plan was saved or was there already
   * @param added how many records of the demo year were added now (0 on a second start)
   * @param changedSince whether demo records were changed in the database since they were
   *     imported; they are then kept as they are
   * @param stored how many records the database holds for the year
   * @param accounts the demo accounts with their new passwords
   */
  record Loaded(
      KmPlan plan,
      PlanImport planImport,
      int added,
      boolean changedSince,
      int stored,
      List<DemoAccounts.Credentials> accounts) {}

  private DemoData() {}

  /** Loads the demo into the database: the demo year as it stands on the clock's day. */
  static Loaded load(Database database, Clock clock, PasswordHasher hasher, SecureRandom random) {
    KmPlan plan = DemoYear.shippedPlan();
    YearRecords year = DemoDays.upTo(DemoYear.generate(plan), LocalDate.now(clock));
    FolderTransfer transfer = new FolderTransfer(database.planStore(clock), database.recordStore());
    PlanImport planImport = transfer.importPlan(plan);
    if (planImport instanceof PlanImport.Stale s) {
      throw new IllegalStateException("the demo plan was saved by another process meanwhile: " + s);
    }
    int added = 0;
    boolean changedSince = false;
    Path folder = temporaryFolder();
    try {
      RecordsFolder.write(year, folder);
      switch (transfer.importRecords(plan.organization().code(), folder)) {
        case RecordsImport.Read r -> {
          switch (r.result()) {
            case RecordImport.Imported i -> added = i.totalAdded();
            case RecordImport.Refused refused -> changedSince = true;
            case RecordImport.UnknownOrganization u ->
                throw new IllegalStateException("the demo plan was saved, yet its organization is unknown");
          }
        }
        case RecordsImport.Unreadable u ->
            throw new IllegalStateException("the demo year does not read back: " + u.problems());
        case RecordsImport.OtherOrganization o ->
            throw new IllegalStateException("the demo year is of another organization: " + o);
        case RecordsImport.NoPlan n -> throw new IllegalStateException("the demo plan is missing: " + n);
      }
    } finally {
      delete(folder);
    }
    Optional<StaffMember> person = staffPerson(year);
    DivisionCode division =
        person.flatMap(StaffMember::division).orElse(plan.divisions().get(0).code());
    List<DemoAccounts.Credentials> accounts =
        DemoAccounts.create(
            plan.organization().code(),
            division,
            person.map(StaffMember::id),
            database.accountStore(),
            hasher,
            random);
    int stored = database.recordStore().records(plan.organization().code(), plan.fiscalYear()).size();
    return new Loaded(plan, planImport, added, changedSince, stored, accounts);
  }

  /**
   * The person the staff account stands for: the first one sent to a training outside the
   * organization whose report is never filed in the demo year, so that signing in as staff shows a
   * report that person still has to hand in.
   */
  static Optional<StaffMember> staffPerson(YearRecords year) {
    return year.trainings().stream()
        .filter(t -> t.setting() == TrainingSetting.EXTERNAL)
        .filter(t -> year.fiscalYear().contains(t.returned()))
        .filter(t -> year.reportsOf(t.id()).isEmpty())
        .map(Training::personId)
        .flatMap(id -> year.staffMember(id).stream())
        .filter(s -> s.division().isPresent())
        .findFirst();
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("km-demo-year");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary folder for the demo year", e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary folder " + folder, e);
    }
  }
}
