package th.km.persistence.demo;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.YearRecords;
import th.km.persistence.planfile.PlanFiles;
import th.km.persistence.planfile.PlanJson;
import th.km.persistence.records.RecordsFolder;

/**
 * The demo year (ปีสาธิต): a realistic, made-up year of records for the shipped Ban Waen plan of FY
 * B.E. 2569, the same every time. About seventy staff in the plan's five divisions and four
 * executives; some thirty trainings with their post-training reports (most on time, some late,
 * one on time only because Songkran moved its deadline, one never filed, one not yet due);
 * supervisors' before/after ratings; work manuals reviewed for four of the five divisions and a
 * draft for the fifth; stories, reviews, a regulation and documents kept from trainings, with
 * their publications and monthly access counts; the manual-writing workshop, seminars and
 * knowledge-sharing meetings with their attendance; acknowledgements of the KM goals that stop
 * short of 90%; recognitions; quarterly progress of every activity; and one M&amp;E report to the
 * mayor in September. Evaluated at 31 March and 30 September 2026, it gives a mix of met, not met,
 * on track, at risk and report-only indicators.
 *
 * <p>What happens when is written in the classes that make each part (staff, trainings, assets,
 * meetings); who attends, who is sent, names, birthdays, scores and
 * access counts are drawn from a {@link Random} seeded with {@link #SEED}, so that the same seed
 * gives byte-identical files. All names are invented.
 */
public final class DemoYear {

  /** The seed of the demo year's draws: the fiscal year's own number. */
  public static final long SEED = 2569L;

  /** The shipped plan's resource name, beside this class. */
  public static final String PLAN_RESOURCE = "ban-waen-2569.plan.json";

  /** The plan file's name in a demo folder. */
  public static final String PLAN_FILE = "plan.json";

  /** The demo year: FY B.E. 2569. */
  static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);

  private DemoYear() {}

  /**
   * The shipped Ban Waen plan of FY B.E. 2569 with every indicator formalized: the file holds the
   * indicators that {@link BanWaenIndicators#attach} gives, as a test keeps checking.
   */
  public static KmPlan shippedPlan() {
    try (InputStream in = DemoYear.class.getResourceAsStream(PLAN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its resource " + PLAN_RESOURCE);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return PlanJson.read(text, PLAN_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + PLAN_RESOURCE, e);
    }
  }

  /** The demo year of records for the plan, drawn with {@link #SEED}. */
  public static YearRecords generate(KmPlan plan) {
    return generate(plan, SEED);
  }

  /**
   * The demo year of records for the plan, drawn with the seed.
   *
   * @throws IllegalArgumentException when the plan is not for FY B.E. 2569 or lacks one of the
   *     five divisions of the Ban Waen plan (สำนักปลัด, กองคลัง, กองช่าง, กองการศึกษา, กองสาธารณสุข)
   */
  public static YearRecords generate(KmPlan plan, long seed) {
    checkArgument(
        plan.fiscalYear().equals(YEAR),
        "the demo year is FY B.E. 2569, but the plan is for %s",
        plan.fiscalYear());
    return new Generator(plan, new Random(seed)).generate();
  }

  /**
   * Writes the shipped plan as {@value #PLAN_FILE} and its demo records beside it into the folder,
   * creating it if needed.
   */
  public static void write(Path dir) {
    KmPlan plan = shippedPlan();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create folder " + dir, e);
    }
    PlanFiles.write(plan, dir.resolve(PLAN_FILE));
    RecordsFolder.write(generate(plan), dir);
  }

  /** A day of the demo year's calendar, for short. */
  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /**
   * Draws one year. Every part is made in a fixed order from one {@link Random}, so the seed alone
   * decides the files.
   */
  private static final class Generator {

    private final KmPlan plan;
    private final Random random;
    private final YearRecords.Builder records = YearRecords.builder();
    private final DemoStaff staff;
    private int recognitionCount;

    Generator(KmPlan plan, Random random) {
      this.plan = plan;
      this.random = random;
      this.staff = new DemoStaff(plan, random);
      records.organization(plan.organization().code()).fiscalYear(plan.fiscalYear());
    }

    YearRecords generate() {
      staff.make();
      DemoAssets assets = new DemoAssets(staff, records, random);
      DemoTrainings trainings = new DemoTrainings(staff, assets, records, random);
      trainings.make();
      assets.makeStandalone();
      new DemoMeetings(staff, trainings.all(), records, random).make();
      assets.makeAccesses();
      makeRecognitions(assets.all());
      makeProgress();
      records.addEvaluationReports(
          EvaluationReport.builder()
              .id("me-01")
              .submittedOn(LocalDate.of(2026, 9, 18))
              .recipient("นายกเทศมนตรีตำบลบ้านแหวน")
              .addRecommendations(
                  "เร่งรัดกองสาธารณสุขและสิ่งแวดล้อมให้จัดทำคู่มือการปฏิบัติงานให้แล้วเสร็จและผ่านการตรวจทาน",
                  "ติดตามให้ผู้เข้ารับการอบรมภายนอกส่งรายงานผลภายใน ๑๕ วันตามแนวทางที่กำหนด",
                  "จัดกิจกรรมชี้แจงเป้าหมาย KM แก่บุคลากรที่ยังไม่ได้รับทราบ ให้ครบไม่น้อยกว่าร้อยละ ๙๐")
              .build());
      return records
          .staff(staff.all())
          .trainings(trainings.all())
          .knowledgeAssets(assets.all())
          .build();
    }

    // Recognitions (การยกย่องชมเชย)

    private void makeRecognitions(List<KnowledgeAsset> assets) {
      List<DemoPerson> retirees = staff.retirees();
      List<DemoPerson> own = staff.inServiceOn(d(2025, 12, 26));
      own.removeAll(retirees);
      staff.sample(own, 3).forEach(p -> recognize(p, RecognitionKind.DILIGENCE, d(2025, 12, 26)));
      // The first to turn 60 is honoured at the New Year activity; the others at the farewell.
      recognize(retirees.get(0), RecognitionKind.AGE_60, d(2025, 12, 26));
      List<DemoPerson> civilServiceDay = staff.inServiceOn(d(2026, 4, 1));
      civilServiceDay.removeAll(retirees);
      staff.sample(civilServiceDay, 4).forEach(p -> recognize(p, RecognitionKind.DILIGENCE, d(2026, 4, 1)));
      for (KnowledgeAsset a : assets) {
        if (a.assetKind() == AssetKind.WORK_MANUAL && a.reviewedOn().isPresent()) {
          recognize(staff.person(a.authorIds().get(0)), RecognitionKind.KM_CONTRIBUTION, d(2026, 8, 27));
        }
      }
      retirees.forEach(p -> recognize(p, RecognitionKind.RETIREMENT, d(2026, 9, 25)));
    }

    private void recognize(DemoPerson p, RecognitionKind kind, LocalDate date) {
      recognitionCount++;
      records.addRecognitions(
          new Recognition(String.format(Locale.ROOT, "rec-%02d", recognitionCount), p.id(), kind, date));
    }

    // Progress of every activity (รายงานความก้าวหน้า)

    private static final List<LocalDate> QUARTER_ENDS =
        List.of(d(2025, 12, 31), d(2026, 3, 31), d(2026, 6, 30), d(2026, 9, 30));

    private static final List<String> QUARTERS =
        List.of("ไตรมาสที่ ๑", "ไตรมาสที่ ๒", "ไตรมาสที่ ๓", "ไตรมาสที่ ๔");

    /** Quarterly updates of every activity; most end at 100%, some short of it. */
    private void makeProgress() {
      for (KmGoal g : plan.goals()) {
        for (PlanActivity a : g.activities()) {
          int end = random.nextInt(4) == 0 ? 70 + 5 * random.nextInt(6) : 100;
          for (int q = 0; q < 4; q++) {
            int percent = q == 3 ? end : Math.min(end, (q + 1) * 25 - 5 + 5 * random.nextInt(3));
            records.addProgressUpdates(
                new ProgressUpdate(
                    "prg-" + g.number() + "-" + a.number() + "-q" + (q + 1),
                    new ActivityRef(g.number(), a.number()),
                    QUARTER_ENDS.get(q),
                    percent,
                    QUARTERS.get(q) + ": " + a.name() + " ดำเนินการแล้วร้อยละ " + percent));
          }
        }
      }
    }
  }
}
