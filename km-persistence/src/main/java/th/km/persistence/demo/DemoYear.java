package th.km.persistence.demo;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.StaffCategory;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
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
 * <p>What happens when is written here; who attends, who is sent, names, birthdays, scores and
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

  private static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);

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

  /** The five divisions of the Ban Waen plan, told by the start of their Thai names. */
  private enum Unit {
    CLERK("สำนักปลัด", "หัวหน้าสำนักปลัดเทศบาล"),
    FINANCE("กองคลัง", "ผู้อำนวยการกองคลัง"),
    WORKS("กองช่าง", "ผู้อำนวยการกองช่าง"),
    EDUCATION("กองการศึกษา", "ผู้อำนวยการกองการศึกษา"),
    HEALTH("กองสาธารณสุข", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม");

    final String namePrefix;
    final String head;

    Unit(String namePrefix, String head) {
      this.namePrefix = namePrefix;
      this.head = head;
    }
  }

  /** A position and how many hold it, in a division. */
  private record Post(String title, StaffCategory category, int holders) {}

  private static final StaffCategory MO = StaffCategory.MUNICIPAL_OFFICER;
  private static final StaffCategory CS = StaffCategory.CONTRACT_STAFF;

  private static List<Post> posts(Unit unit) {
    return switch (unit) {
      case CLERK ->
          List.of(
              new Post("ปลัดเทศบาล", MO, 1),
              new Post("หัวหน้าสำนักปลัดเทศบาล", MO, 1),
              new Post("รองปลัดเทศบาล", MO, 1),
              new Post("นักทรัพยากรบุคคล", MO, 1),
              new Post("นักจัดการงานทั่วไป", MO, 1),
              new Post("นักวิเคราะห์นโยบายและแผน", MO, 1),
              new Post("นิติกร", MO, 1),
              new Post("นักป้องกันและบรรเทาสาธารณภัย", MO, 1),
              new Post("นักประชาสัมพันธ์", MO, 1),
              new Post("เจ้าพนักงานธุรการ", MO, 2),
              new Post("ผู้ช่วยเจ้าพนักงานธุรการ", CS, 2),
              new Post("พนักงานขับรถยนต์", CS, 2),
              new Post("พนักงานดับเพลิง", CS, 3),
              new Post("คนงานทั่วไป", CS, 2));
      case FINANCE ->
          List.of(
              new Post("ผู้อำนวยการกองคลัง", MO, 1),
              new Post("นักวิชาการเงินและบัญชี", MO, 2),
              new Post("นักวิชาการพัสดุ", MO, 1),
              new Post("นักวิชาการจัดเก็บรายได้", MO, 1),
              new Post("เจ้าพนักงานการเงินและบัญชี", MO, 2),
              new Post("เจ้าพนักงานจัดเก็บรายได้", MO, 1),
              new Post("ผู้ช่วยเจ้าพนักงานจัดเก็บรายได้", CS, 2),
              new Post("ผู้ช่วยเจ้าพนักงานพัสดุ", CS, 2));
      case WORKS ->
          List.of(
              new Post("ผู้อำนวยการกองช่าง", MO, 1),
              new Post("วิศวกรโยธา", MO, 1),
              new Post("นายช่างโยธา", MO, 2),
              new Post("นายช่างไฟฟ้า", MO, 1),
              new Post("เจ้าพนักงานธุรการ", MO, 1),
              new Post("ผู้ช่วยนายช่างโยธา", CS, 2),
              new Post("ผู้ช่วยนายช่างไฟฟ้า", CS, 1),
              new Post("พนักงานขับเครื่องจักรกลขนาดเบา", CS, 2),
              new Post("คนงานทั่วไป", CS, 3));
      case EDUCATION ->
          List.of(
              new Post("ผู้อำนวยการกองการศึกษา", MO, 1),
              new Post("นักวิชาการศึกษา", MO, 1),
              new Post("ครู", MO, 5),
              new Post("เจ้าพนักงานธุรการ", MO, 1),
              new Post("ผู้ดูแลเด็ก", CS, 4),
              new Post("ภารโรง", CS, 2));
      case HEALTH ->
          List.of(
              new Post("ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม", MO, 1),
              new Post("นักวิชาการสาธารณสุข", MO, 1),
              new Post("นักวิชาการสุขาภิบาล", MO, 1),
              new Post("เจ้าพนักงานสาธารณสุข", MO, 1),
              new Post("พนักงานขับรถขยะ", CS, 2),
              new Post("คนงานประจำรถขยะ", CS, 4));
    };
  }

  private static final List<String> MALE_NAMES =
      List.of(
          "สมชาย", "ประเสริฐ", "วีระพงษ์", "อนุชา", "ธนากร", "ณัฐวุฒิ", "กิตติพงษ์", "สุรเชษฐ์",
          "จักรพันธ์", "ศุภชัย", "พงศกร", "ชยพล", "อภิสิทธิ์", "ปิยะพงษ์", "สิทธิชัย", "ธีรวัฒน์",
          "วรวุฒิ", "นพดล", "เอกชัย", "บุญเลิศ", "ทองคำ", "สุทธิพงษ์", "ภานุวัฒน์", "อรรถพล",
          "ไพโรจน์", "ชาญวิทย์", "ศักดิ์ชัย", "มานพ", "ยุทธนา", "เกรียงไกร");

  private static final List<String> FEMALE_NAMES =
      List.of(
          "สุภาพร", "วิไลวรรณ", "กมลชนก", "ปวีณา", "ศิริพร", "จันทร์เพ็ญ", "รัตนาภรณ์", "พิมพ์ชนก",
          "นภัสสร", "อรุณี", "สุนิสา", "กาญจนา", "วราภรณ์", "ธิดารัตน์", "ปิยนุช", "มาลัย",
          "ศศิธร", "อัญชลี", "เบญจวรรณ", "ชลธิชา", "นงลักษณ์", "ดวงใจ", "พรทิพย์", "ยุพิน",
          "สายสุนีย์", "ณัฐธิดา", "รุ่งนภา", "อำไพ", "จิราพร", "ทัศนีย์");

  private static final List<String> SURNAMES =
      List.of(
          "ใจดี", "แก้วมณี", "ศรีสุข", "บุญมา", "คำปัน", "อินทร์แก้ว", "ปัญญาดี", "ทองดี", "วงศ์ไชย",
          "ชัยมงคล", "สุวรรณคำ", "ดวงแก้ว", "กันทะวงศ์", "ยอดเมือง", "จันทร์ตา", "ศรีวิชัย",
          "มูลคำ", "ธรรมวงศ์", "ขัติยะ", "คำมูล", "อุ่นเรือน", "ไชยวงศ์", "ปินตา", "สมบูรณ์",
          "แสนเมือง", "ทาวงศ์", "คำแสน", "บุญเรือง", "พรหมมินทร์", "ตาคำ", "วงค์คม", "อุตมะ",
          "จินะ", "ฟองคำ", "สิทธิมา", "นันทวงศ์");

  /** One staff member being made, with what the generator needs to know of them. */
  private record Person(String id, Unit unit, String position, StaffCategory category) {}

  /** Draws one year. Every list is filled in a fixed order, so the seed alone decides the files. */
  private static final class Generator {

    private final KmPlan plan;
    private final Random random;
    private final Map<Unit, DivisionCode> codes = new EnumMap<>(Unit.class);
    private final List<Person> people = new ArrayList<>();
    private final Set<String> namesUsed = new HashSet<>();
    private final YearRecords.Builder records = YearRecords.builder();
    private final List<StaffMember> staff = new ArrayList<>();
    private final List<StaffMember> peopleStaff = new ArrayList<>();
    private final List<Training> trainings = new ArrayList<>();
    private final List<KnowledgeAsset> assets = new ArrayList<>();
    private int trainingCount;
    private int reportCount;
    private int ratingCount;
    private int assetCount;
    private int meetingCount;
    private int ackCount;
    private int accessCount;
    private int recognitionCount;

    /** The person who leaves in January and the one who takes the post in February. */
    private Person leaver = new Person("", Unit.CLERK, "", MO);

    private Person joiner = new Person("", Unit.CLERK, "", MO);

    /** Those who turn 60 during the year and retire on 30 September. */
    private final List<Person> retirees = new ArrayList<>();

    Generator(KmPlan plan, Random random) {
      this.plan = plan;
      this.random = random;
      for (Unit unit : Unit.values()) {
        codes.put(
            unit,
            plan.divisions().stream()
                .filter(d -> d.name().replace(" ", "").startsWith(unit.namePrefix))
                .map(Division::code)
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "the demo year is made for the Ban Waen plan, whose divisions include "
                                + unit.namePrefix
                                + "; this plan has "
                                + plan.divisions())));
      }
      records.organization(plan.organization().code()).fiscalYear(plan.fiscalYear());
    }

    YearRecords generate() {
      makeStaff();
      makeTrainings();
      makeKnowledgeAssets();
      makeMeetingsAndAcknowledgements();
      makeAccesses();
      makeRecognitions();
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
      return records.staff(staff).trainings(trainings).knowledgeAssets(assets).build();
    }

    // Staff (บุคลากร)

    private void makeStaff() {
      addExecutive("ex-1", "นายกเทศมนตรี");
      addExecutive("ex-2", "รองนายกเทศมนตรี");
      addExecutive("ex-3", "รองนายกเทศมนตรี");
      addExecutive("ex-4", "เลขานุการนายกเทศมนตรี");
      int n = 0;
      for (Unit unit : Unit.values()) {
        for (Post post : posts(unit)) {
          for (int k = 0; k < post.holders(); k++) {
            n++;
            people.add(new Person(String.format(Locale.ROOT, "st-%03d", n), unit, post.title(), post.category()));
          }
        }
      }
      leaver = only(Unit.FINANCE, "ผู้ช่วยเจ้าพนักงานพัสดุ", 0);
      joiner = only(Unit.FINANCE, "ผู้ช่วยเจ้าพนักงานพัสดุ", 1);
      retirees.add(only(Unit.CLERK, "คนงานทั่วไป", 0));
      retirees.add(only(Unit.FINANCE, "เจ้าพนักงานการเงินและบัญชี", 1));
      retirees.add(only(Unit.WORKS, "นายช่างโยธา", 1));
      List<LocalDate> sixtieth =
          List.of(LocalDate.of(1965, 12, 10), LocalDate.of(1966, 2, 20), LocalDate.of(1966, 6, 15));
      for (Person p : people) {
        StaffMember.Builder s =
            StaffMember.builder()
                .id(p.id())
                .name(name())
                .category(p.category())
                .division(code(p.unit()))
                .position(p.position());
        int retiree = retirees.indexOf(p);
        if (retiree >= 0) {
          s.birthDate(sixtieth.get(retiree));
        } else {
          // Aged 24 to 57 on the first day of the year: nobody else turns 60 in it.
          s.birthDate(YEAR.firstDay().minusYears(24).minusDays(random.nextInt(33 * 365)));
        }
        if (p.equals(leaver)) {
          s.activeUntil(LocalDate.of(2026, 1, 31));
        } else if (p.equals(joiner)) {
          s.activeFrom(LocalDate.of(2026, 2, 16));
        }
        StaffMember member = s.build();
        staff.add(member);
        peopleStaff.add(member);
      }
    }

    private void addExecutive(String id, String position) {
      staff.add(
          StaffMember.builder()
              .id(id)
              .name(name())
              .category(StaffCategory.EXECUTIVE)
              .position(position)
              .build());
    }

    private String name() {
      while (true) {
        boolean male = random.nextBoolean();
        String first = pick(male ? MALE_NAMES : FEMALE_NAMES);
        String title = male ? "นาย" : (random.nextInt(3) == 0 ? "นาง" : "นางสาว");
        String name = title + first + " " + pick(SURNAMES);
        if (namesUsed.add(first + " " + name.substring(name.indexOf(' ') + 1))) {
          return name;
        }
      }
    }

    // Trainings, reports and ratings (การฝึกอบรม รายงานผล และการประเมินก่อน-หลัง)

    /** When a report is filed, as days after the return; none when it is never filed. */
    private sealed interface Filing {}

    private record After(int days) implements Filing {}

    private record On(LocalDate day) implements Filing {}

    private record Never() implements Filing {}

    private void makeTrainings() {
      external(Unit.CLERK, "นักทรัพยากรบุคคล", TrainingKind.TRAINING,
          "หลักสูตรการบริหารงานบุคคลส่วนท้องถิ่น", d(2025, 10, 14), d(2025, 10, 16), new After(8));
      external(Unit.FINANCE, "นักวิชาการเงินและบัญชี", TrainingKind.TRAINING,
          "หลักสูตรนักวิชาการเงินและบัญชีท้องถิ่น", d(2025, 10, 21), d(2025, 10, 24), new After(10));
      external(Unit.FINANCE, "นักวิชาการพัสดุ", TrainingKind.SEMINAR,
          "สัมมนาการจัดซื้อจัดจ้างภาครัฐด้วยระบบ e-GP", d(2025, 11, 3), d(2025, 11, 5), new After(6));
      // Late: filed 24 days after the return.
      external(Unit.CLERK, "นักป้องกันและบรรเทาสาธารณภัย", TrainingKind.TRAINING,
          "หลักสูตรการป้องกันและบรรเทาสาธารณภัยสำหรับท้องถิ่น", d(2025, 11, 17), d(2025, 11, 19), new After(24));
      internal(Unit.CLERK, "เจ้าพนักงานธุรการ", "อบรมการใช้งานระบบสารบรรณอิเล็กทรอนิกส์", d(2025, 11, 25), d(2025, 11, 25));
      external(Unit.HEALTH, "นักวิชาการสุขาภิบาล", TrainingKind.STUDY_VISIT,
          "ศึกษาดูงานการบริหารจัดการขยะมูลฝอย เทศบาลนครลำปาง", d(2025, 12, 8), d(2025, 12, 10), new After(9));
      external(Unit.EDUCATION, "ผู้ดูแลเด็ก", TrainingKind.TRAINING,
          "หลักสูตรผู้ดูแลเด็กศูนย์พัฒนาเด็กเล็ก", d(2025, 12, 15), d(2025, 12, 17), new After(12));
      // The long study runs past the year; its report falls due when the person comes back.
      Person student = only(Unit.CLERK, "รองปลัดเทศบาล", 0);
      addTraining(student, "ศึกษาต่อระดับปริญญาโท หลักสูตรรัฐประศาสนศาสตรมหาบัณฑิต (ภาคพิเศษ)",
          TrainingKind.FURTHER_STUDY, TrainingSetting.EXTERNAL, d(2025, 11, 1), d(2027, 10, 31), d(2027, 10, 31));
      // Late: back on Friday 16 January, due Monday 2 February (the 15th day is a Saturday).
      external(Unit.WORKS, "นายช่างโยธา", TrainingKind.TRAINING,
          "หลักสูตรนายช่างโยธา: การควบคุมงานก่อสร้าง", d(2026, 1, 12), d(2026, 1, 16), new On(d(2026, 2, 20)));
      external(Unit.CLERK, "นิติกร", TrainingKind.SEMINAR,
          "สัมมนากฎหมายปกครองสำหรับนิติกรท้องถิ่น", d(2026, 1, 19), d(2026, 1, 21), new After(7));
      external(Unit.FINANCE, "นักวิชาการจัดเก็บรายได้", TrainingKind.TRAINING,
          "หลักสูตรการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", d(2026, 2, 9), d(2026, 2, 11), new After(5));
      external(Unit.CLERK, "นักวิเคราะห์นโยบายและแผน", TrainingKind.TRAINING,
          "หลักสูตรการจัดทำแผนพัฒนาท้องถิ่น", d(2026, 2, 23), d(2026, 2, 25), new After(11));
      external(Unit.HEALTH, "เจ้าพนักงานสาธารณสุข", TrainingKind.TRAINING,
          "หลักสูตรการปฐมพยาบาลและการช่วยชีวิตขั้นพื้นฐาน", d(2026, 3, 2), d(2026, 3, 6), new After(10));
      internal(Unit.FINANCE, "เจ้าพนักงานการเงินและบัญชี", "อบรมการใช้ระบบบัญชีคอมพิวเตอร์ e-LAAS", d(2026, 3, 16), d(2026, 3, 18));
      // Across Songkran, on time: back on Sunday 29 March, the 15th day is Monday 13 April, a
      // Songkran holiday, so the report is due on Thursday 16 April, the day it is filed.
      Person accountant = only(Unit.FINANCE, "นักวิชาการเงินและบัญชี", 1);
      Training songkran =
          addTraining(accountant, "หลักสูตรการจัดทำงบการเงินขององค์กรปกครองส่วนท้องถิ่น",
              TrainingKind.TRAINING, TrainingSetting.EXTERNAL, d(2026, 3, 25), d(2026, 3, 27), d(2026, 3, 29));
      file(songkran, new On(d(2026, 4, 16)));
      // Across Songkran, late: back on Friday 3 April, due Monday 20 April, filed on the 21st.
      external(Unit.EDUCATION, "นักวิชาการศึกษา", TrainingKind.STUDY_VISIT,
          "ศึกษาดูงานศูนย์พัฒนาเด็กเล็กต้นแบบ", d(2026, 3, 30), d(2026, 4, 3), new On(d(2026, 4, 21)));
      external(Unit.CLERK, "เจ้าพนักงานธุรการ", TrainingKind.TRAINING,
          "หลักสูตรการเขียนหนังสือราชการและงานสารบรรณ", d(2026, 4, 7), d(2026, 4, 9), new After(13));
      external(Unit.HEALTH, "นักวิชาการสาธารณสุข", TrainingKind.SEMINAR,
          "สัมมนาเชิงปฏิบัติการด้านสาธารณสุขมูลฐาน", d(2026, 5, 18), d(2026, 5, 20), new After(8));
      external(Unit.WORKS, "นายช่างไฟฟ้า", TrainingKind.TRAINING,
          "หลักสูตรนายช่างไฟฟ้า: ระบบไฟฟ้าสาธารณะ", d(2026, 5, 25), d(2026, 5, 29), new After(10));
      external(Unit.EDUCATION, "ครู", TrainingKind.TRAINING,
          "หลักสูตรการพัฒนาหลักสูตรการศึกษาปฐมวัย", d(2026, 6, 8), d(2026, 6, 10), new After(6));
      // Late: filed four weeks after the return.
      external(Unit.CLERK, "นักจัดการงานทั่วไป", TrainingKind.TRAINING,
          "หลักสูตรการบริหารความเสี่ยงและการควบคุมภายใน", d(2026, 6, 15), d(2026, 6, 17), new After(28));
      internal(Unit.WORKS, "พนักงานขับเครื่องจักรกลขนาดเบา", "อบรมความปลอดภัยในการทำงานกับเครื่องจักรกล", d(2026, 6, 22), d(2026, 6, 22));
      external(Unit.EDUCATION, "เจ้าพนักงานธุรการ", TrainingKind.TRAINING,
          "หลักสูตรเจ้าพนักงานธุรการท้องถิ่น", d(2026, 7, 6), d(2026, 7, 8), new After(9));
      external(Unit.WORKS, "วิศวกรโยธา", TrainingKind.SEMINAR,
          "สัมมนาการพัฒนาเมืองอัจฉริยะสำหรับท้องถิ่น", d(2026, 7, 20), d(2026, 7, 22), new After(7));
      external(Unit.HEALTH, "นักวิชาการสุขาภิบาล", TrainingKind.TRAINING,
          "หลักสูตรการจัดการสิ่งแวดล้อมชุมชน", d(2026, 8, 3), d(2026, 8, 5), new After(12));
      // Never filed: due 4 September, still missing at the end of the year.
      external(Unit.FINANCE, "นักวิชาการพัสดุ", TrainingKind.TRAINING,
          "หลักสูตรการพัสดุภาครัฐ", d(2026, 8, 17), d(2026, 8, 20), new Never());
      external(Unit.CLERK, "นักป้องกันและบรรเทาสาธารณภัย", TrainingKind.TRAINING,
          "หลักสูตรการบริหารจัดการสาธารณภัย", d(2026, 9, 7), d(2026, 9, 9), new After(9));
      // Not yet due on 30 September: back on the 23rd, due 8 October.
      external(Unit.EDUCATION, "ครู", TrainingKind.SEMINAR,
          "สัมมนาวิชาการด้านการศึกษาท้องถิ่น", d(2026, 9, 21), d(2026, 9, 23), new Never());
      rateTrainings();
    }

    private void external(
        Unit unit, String position, TrainingKind kind, String title, LocalDate start, LocalDate end, Filing filing) {
      Training t =
          addTraining(anyHolder(unit, position), title, kind, TrainingSetting.EXTERNAL, start, end, end);
      file(t, filing);
    }

    private void internal(Unit unit, String position, String title, LocalDate start, LocalDate end) {
      addTraining(anyHolder(unit, position), title, TrainingKind.TRAINING, TrainingSetting.INTERNAL, start, end, end);
    }

    private Training addTraining(
        Person person,
        String title,
        TrainingKind kind,
        TrainingSetting setting,
        LocalDate start,
        LocalDate end,
        LocalDate returned) {
      trainingCount++;
      Training t =
          new Training(
              String.format(Locale.ROOT, "trn-%02d", trainingCount),
              person.id(),
              title,
              kind,
              setting,
              start,
              end,
              returned);
      trainings.add(t);
      return t;
    }

    /** Files the training's report, routed to the head of division, the clerk and the mayor. */
    private void file(Training t, Filing filing) {
      Optional<LocalDate> filed =
          switch (filing) {
            case After a -> Optional.of(t.returned().plusDays(a.days()));
            case On o -> Optional.of(o.day());
            case Never n -> Optional.empty();
          };
      if (filed.isEmpty()) {
        return;
      }
      LocalDate submitted = filed.get();
      Person person = person(t.personId());
      reportCount++;
      LocalDate head = submitted.plusDays(1 + random.nextInt(2));
      LocalDate clerk = head.plusDays(1 + random.nextInt(3));
      LocalDate mayor = clerk.plusDays(1 + random.nextInt(3));
      records.addTrainingReports(
          TrainingReport.builder()
              .id(String.format(Locale.ROOT, "rpt-%02d", reportCount))
              .trainingId(t.id())
              .submittedOn(submitted)
              .addSignOffs(
                  new SignOff(person.unit().head, head, false),
                  new SignOff("ปลัดเทศบาล", clerk, false),
                  new SignOff("นายกเทศมนตรี", mayor, true))
              .build());
      // Two in three trainees also keep what they learnt as a bound document (ชุดองค์ความรู้).
      if (random.nextInt(3) > 0) {
        LocalDate created = submitted.plusDays(2 + random.nextInt(5));
        addAsset(
            "สรุปองค์ความรู้จาก" + t.title(),
            AssetKind.TRAINING_REPORT,
            false,
            person.unit(),
            List.of(person.id()),
            created,
            Optional.of(created.plusDays(3)),
            List.of(new Publication(PublicationChannel.NOTICE_BOARD, created.plusDays(5))));
      }
    }

    /**
     * Supervisors rate each completed training six to ten weeks after it ends, when that is still
     * in the year; most work improves, some stays where it was.
     */
    private void rateTrainings() {
      for (Training t : trainings) {
        if (t.trainingKind() == TrainingKind.FURTHER_STUDY) {
          continue;
        }
        LocalDate rated = t.end().plusDays(42 + random.nextInt(29));
        if (rated.isAfter(YEAR.lastDay())) {
          continue;
        }
        int before = 2 + random.nextInt(3);
        int after = random.nextInt(5) == 0 ? before : before + 1 + random.nextInt(2);
        ratingCount++;
        records.addSupervisorRatings(
            new SupervisorRating(
                String.format(Locale.ROOT, "rat-%02d", ratingCount), t.id(), before, after, rated));
      }
    }

    // Knowledge assets (องค์ความรู้)

    private void makeKnowledgeAssets() {
      addAsset("สรุประเบียบกระทรวงมหาดไทยว่าด้วยค่าใช้จ่ายในการฝึกอบรมขององค์กรปกครองส่วนท้องถิ่น",
          AssetKind.REGULATION, false, Unit.FINANCE, List.of(anyHolder(Unit.FINANCE, "นักวิชาการเงินและบัญชี").id()),
          d(2025, 11, 10), Optional.of(d(2025, 11, 20)),
          List.of(pub(PublicationChannel.WEBSITE, d(2025, 11, 25)), pub(PublicationChannel.INFORMATION_CENTRE, d(2025, 11, 25))));
      // Work manuals: reviewed for four divisions; the fifth has only a draft by the year's end.
      addAsset("คู่มือการปฏิบัติงานด้านการบริหารงานบุคคล", AssetKind.WORK_MANUAL, true, Unit.CLERK,
          List.of(only(Unit.CLERK, "นักทรัพยากรบุคคล", 0).id(), only(Unit.CLERK, "นักจัดการงานทั่วไป", 0).id()),
          d(2025, 12, 1), Optional.of(d(2025, 12, 20)),
          List.of(pub(PublicationChannel.WEBSITE, d(2025, 12, 25)), pub(PublicationChannel.NOTICE_BOARD, d(2025, 12, 26))));
      addAsset("AAR การจัดงานวันเด็กแห่งชาติ ประจำปี ๒๕๖๙", AssetKind.AFTER_ACTION_REVIEW, false, Unit.EDUCATION,
          List.of(only(Unit.EDUCATION, "นักวิชาการศึกษา", 0).id()),
          d(2026, 1, 16), Optional.of(d(2026, 1, 20)), List.of(pub(PublicationChannel.FACEBOOK, d(2026, 1, 21))));
      addAsset("AAR การจัดอบรมเชิงปฏิบัติการการจัดทำคู่มือการปฏิบัติงาน", AssetKind.AFTER_ACTION_REVIEW, false, Unit.CLERK,
          List.of(only(Unit.CLERK, "นักทรัพยากรบุคคล", 0).id()),
          d(2026, 1, 23), Optional.of(d(2026, 1, 30)), List.of(pub(PublicationChannel.NOTICE_BOARD, d(2026, 2, 2))));
      addAsset("ความรู้เรื่องการคัดแยกขยะในครัวเรือน", AssetKind.KNOWLEDGE_ARTICLE, false, Unit.HEALTH,
          List.of(only(Unit.HEALTH, "นักวิชาการสุขาภิบาล", 0).id()),
          d(2026, 2, 5), Optional.of(d(2026, 2, 9)),
          List.of(pub(PublicationChannel.LEAFLET, d(2026, 2, 12)), pub(PublicationChannel.FACEBOOK, d(2026, 2, 12))));
      addAsset("คู่มือการปฏิบัติงานการเบิกจ่ายเงินงบประมาณ", AssetKind.WORK_MANUAL, true, Unit.FINANCE,
          List.of(only(Unit.FINANCE, "นักวิชาการเงินและบัญชี", 0).id(), only(Unit.FINANCE, "นักวิชาการเงินและบัญชี", 1).id()),
          d(2026, 1, 12), Optional.of(d(2026, 2, 10)),
          List.of(pub(PublicationChannel.WEBSITE, d(2026, 2, 16)), pub(PublicationChannel.FACEBOOK, d(2026, 2, 16))));
      addAsset("คู่มือการปฏิบัติงานการขออนุญาตก่อสร้างอาคาร", AssetKind.WORK_MANUAL, true, Unit.WORKS,
          List.of(only(Unit.WORKS, "วิศวกรโยธา", 0).id(), only(Unit.WORKS, "นายช่างโยธา", 0).id()),
          d(2026, 2, 20), Optional.of(d(2026, 4, 20)),
          List.of(pub(PublicationChannel.WEBSITE, d(2026, 4, 28)), pub(PublicationChannel.INFORMATION_CENTRE, d(2026, 4, 28))));
      addAsset("คู่มือการปฏิบัติงานศูนย์พัฒนาเด็กเล็ก", AssetKind.WORK_MANUAL, false, Unit.EDUCATION,
          List.of(only(Unit.EDUCATION, "นักวิชาการศึกษา", 0).id(), only(Unit.EDUCATION, "ครู", 0).id()),
          d(2026, 3, 2), Optional.of(d(2026, 6, 15)), List.of(pub(PublicationChannel.WEBSITE, d(2026, 6, 22))));
      addAsset("เล่าเรื่อง: ประสบการณ์การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างปีแรก", AssetKind.STORY, false, Unit.FINANCE,
          List.of(only(Unit.FINANCE, "นักวิชาการจัดเก็บรายได้", 0).id()),
          d(2026, 3, 18), Optional.empty(), List.of(pub(PublicationChannel.FACEBOOK, d(2026, 3, 20))));
      addAsset("เล่าเรื่อง: การรับมือไฟป่าและหมอกควันในตำบลบ้านแหวน", AssetKind.STORY, false, Unit.CLERK,
          List.of(only(Unit.CLERK, "นักป้องกันและบรรเทาสาธารณภัย", 0).id()),
          d(2026, 5, 5), Optional.empty(),
          List.of(pub(PublicationChannel.FACEBOOK, d(2026, 5, 6)), pub(PublicationChannel.BULLETIN, d(2026, 6, 1))));
      addAsset("คู่มือการปฏิบัติงานการป้องกันและบรรเทาสาธารณภัย", AssetKind.WORK_MANUAL, true, Unit.CLERK,
          List.of(only(Unit.CLERK, "นักป้องกันและบรรเทาสาธารณภัย", 0).id()),
          d(2026, 5, 11), Optional.of(d(2026, 7, 1)), List.of(pub(PublicationChannel.NOTICE_BOARD, d(2026, 7, 3))));
      addAsset("ร่างคู่มือการปฏิบัติงานการจัดการขยะมูลฝอย", AssetKind.WORK_MANUAL, false, Unit.HEALTH,
          List.of(only(Unit.HEALTH, "นักวิชาการสุขาภิบาล", 0).id()),
          d(2026, 8, 20), Optional.empty(), List.of());
    }

    private void addAsset(
        String title,
        AssetKind kind,
        boolean flowchart,
        Unit unit,
        List<String> authors,
        LocalDate created,
        Optional<LocalDate> reviewed,
        List<Publication> publications) {
      assetCount++;
      assets.add(
          KnowledgeAsset.builder()
              .id(String.format(Locale.ROOT, "ka-%02d", assetCount))
              .title(title)
              .assetKind(kind)
              .withFlowchart(flowchart)
              .division(code(unit))
              .authorIds(authors)
              .createdOn(created)
              .reviewedOn(reviewed)
              .publications(publications)
              .build());
    }

    // Meetings, workshops and acknowledgements (การประชุม การอบรม และการรับทราบ)

    private void makeMeetingsAndAcknowledgements() {
      List<Person> committee = new ArrayList<>();
      committee.add(only(Unit.CLERK, "ปลัดเทศบาล", 0));
      for (Unit u : Unit.values()) {
        committee.add(only(u, u.head, 0));
      }
      committee.add(only(Unit.CLERK, "นักทรัพยากรบุคคล", 0));
      List<Person> heads = new ArrayList<>(committee.subList(0, 6));
      heads.add(only(Unit.CLERK, "รองปลัดเทศบาล", 0));

      meeting(MeetingKind.KM_COMMITTEE, "ประชุมคณะกรรมการจัดการความรู้ ครั้งที่ ๑/๒๕๖๙", d(2025, 10, 20), Unit.CLERK, committee, 0);
      meeting(MeetingKind.HEADS_OF_DIVISION,
          "ประชุมหัวหน้าส่วนราชการ ชี้แจงการจัดทำคู่มือปฏิบัติงานและรายงานผลการฝึกอบรม", d(2025, 11, 5), Unit.CLERK, heads, 0);

      List<Person> inService = inServiceOn(d(2025, 11, 20));
      List<Person> kickoff = sample(inService, 42);
      Meeting seminar =
          meeting(MeetingKind.SEMINAR, "ประชุมชี้แจงแผนและเป้าหมายการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
              d(2025, 11, 20), null, kickoff, 0);
      // Most of the seminar's audience signs that they know the KM goals on the day.
      List<Person> knowGoals = new ArrayList<>(kickoff.subList(0, 38));
      knowGoals.forEach(p -> acknowledge(p, AcknowledgementTopic.KM_GOALS, seminar.date()));

      sharing(1, d(2025, 12, 17));
      meeting(MeetingKind.ACTIVITY, "กิจกรรม HAPPY WORKPLACE ส่งท้ายปีเก่าต้อนรับปีใหม่ ๒๕๖๙", d(2025, 12, 26), null,
          sample(inServiceOn(d(2025, 12, 26)), 55), 4);

      List<Person> writers = new ArrayList<>();
      writers.add(only(Unit.CLERK, "นักทรัพยากรบุคคล", 0));
      writers.add(only(Unit.CLERK, "นักจัดการงานทั่วไป", 0));
      writers.add(only(Unit.CLERK, "นักป้องกันและบรรเทาสาธารณภัย", 0));
      writers.add(only(Unit.FINANCE, "นักวิชาการเงินและบัญชี", 0));
      writers.add(only(Unit.FINANCE, "นักวิชาการเงินและบัญชี", 1));
      writers.add(only(Unit.WORKS, "วิศวกรโยธา", 0));
      writers.add(only(Unit.WORKS, "นายช่างโยธา", 0));
      writers.add(only(Unit.EDUCATION, "นักวิชาการศึกษา", 0));
      writers.add(only(Unit.EDUCATION, "ครู", 0));
      writers.add(only(Unit.HEALTH, "นักวิชาการสุขาภิบาล", 0));
      writers.add(only(Unit.HEALTH, "เจ้าพนักงานสาธารณสุข", 0));
      writers.add(only(Unit.CLERK, "เจ้าพนักงานธุรการ", 0));
      Meeting workshop =
          meeting(MeetingKind.WORKSHOP, "อบรมเชิงปฏิบัติการการจัดทำคู่มือการปฏิบัติงาน", d(2026, 1, 22), Unit.CLERK, writers, 1);
      writers.forEach(p -> acknowledge(p, AcknowledgementTopic.KM_PRINCIPLES, workshop.date()));

      sharing(2, d(2026, 2, 18));
      // A few more learn the goals from their heads of division over the following months.
      List<Person> winterPool = new ArrayList<>(inServiceOn(d(2025, 12, 1)));
      winterPool.removeAll(knowGoals);
      List<Person> winter = sample(winterPool, 8);
      winter.forEach(
          p -> acknowledge(p, AcknowledgementTopic.KM_GOALS, d(2025, 12, 1).plusDays(random.nextInt(100))));
      meeting(MeetingKind.KM_COMMITTEE, "ประชุมคณะกรรมการจัดการความรู้ ครั้งที่ ๒/๒๕๖๙", d(2026, 3, 10), Unit.CLERK, committee, 0);
      meeting(MeetingKind.ACTIVITY, "กิจกรรมรดน้ำดำหัวผู้บริหารและผู้สูงอายุ เนื่องในประเพณีสงกรานต์", d(2026, 4, 10), null,
          sample(inServiceOn(d(2026, 4, 10)), 50), 12);
      sharing(3, d(2026, 4, 22));
      sharing(4, d(2026, 6, 17));
      List<Person> later = new ArrayList<>(inServiceOn(YEAR.lastDay()));
      later.removeAll(knowGoals);
      later.removeAll(winter);
      sample(later, 9).forEach(
          p -> acknowledge(p, AcknowledgementTopic.KM_GOALS, d(2026, 4, 1).plusDays(random.nextInt(170))));
      sharing(5, d(2026, 8, 19));

      // KM Day: nearly everyone comes, and most sign that they understand KM's principles.
      List<Person> present = new ArrayList<>(inServiceOn(d(2026, 8, 27)));
      List<Person> away = sample(present, 5);
      present.removeAll(away);
      Meeting kmDay =
          meeting(MeetingKind.SEMINAR, "มหกรรมการจัดการความรู้ (KM Day) ประจำปี ๒๕๖๙", d(2026, 8, 27), null, present, 3);
      List<Person> understand = new ArrayList<>(present);
      understand.removeAll(writers);
      sample(understand, 52).forEach(p -> acknowledge(p, AcknowledgementTopic.KM_PRINCIPLES, kmDay.date()));
      meeting(MeetingKind.KM_COMMITTEE, "ประชุมคณะกรรมการจัดการความรู้ ครั้งที่ ๓/๒๕๖๙ พิจารณารายงานผลการติดตามและประเมินผล",
          d(2026, 9, 8), Unit.CLERK, committee, 0);
      meeting(MeetingKind.ACTIVITY, "พิธีมุทิตาจิตแด่ผู้เกษียณอายุราชการ ประจำปี ๒๕๖๙", d(2026, 9, 25), null,
          sample(inServiceOn(d(2026, 9, 25)), 48), 10);
    }

    /** A knowledge-sharing meeting where those back from training tell what they learnt. */
    private void sharing(int number, LocalDate date) {
      List<Person> audience = new ArrayList<>();
      for (Training t : trainings) {
        if (t.setting() == TrainingSetting.EXTERNAL
            && t.end().isBefore(date)
            && !t.end().isBefore(date.minusDays(70))) {
          Person p = person(t.personId());
          if (!audience.contains(p)) {
            audience.add(p);
          }
        }
      }
      List<Person> others = new ArrayList<>(inServiceOn(date));
      others.removeAll(audience);
      audience.addAll(sample(others, 8 + random.nextInt(6)));
      meeting(MeetingKind.KNOWLEDGE_SHARING,
          "เวทีแลกเปลี่ยนเรียนรู้ ครั้งที่ " + number + "/๒๕๖๙: นำเสนอความรู้จากการฝึกอบรม", date, Unit.CLERK, audience, 0);
    }

    private Meeting meeting(
        MeetingKind kind,
        String title,
        LocalDate date,
        @Nullable Unit unit,
        List<Person> attendees,
        int others) {
      meetingCount++;
      Meeting m =
          Meeting.builder()
              .id(String.format(Locale.ROOT, "mtg-%02d", meetingCount))
              .meetingKind(kind)
              .title(title)
              .date(date)
              .division(unit == null ? Optional.empty() : Optional.of(code(unit)))
              .attendeeIds(attendees.stream().map(Person::id).distinct().toList())
              .otherAttendees(others)
              .build();
      records.addMeetings(m);
      return m;
    }

    private void acknowledge(Person p, AcknowledgementTopic topic, LocalDate date) {
      ackCount++;
      records.addAcknowledgements(
          new Acknowledgement(String.format(Locale.ROOT, "ack-%03d", ackCount), p.id(), topic, date));
    }

    // Accesses (การเข้าถึงองค์ความรู้)

    /**
     * Monthly counter readings of the website and the Facebook page for every asset published
     * there, and single visits to the information centre's copies.
     */
    private void makeAccesses() {
      for (KnowledgeAsset a : assets) {
        for (Publication p : a.publications()) {
          switch (p.channel()) {
            case WEBSITE, FACEBOOK -> {
              YearMonth month = YearMonth.from(p.publishedOn());
              while (!month.isAfter(YearMonth.of(2026, 9))) {
                LocalDate day = month.atEndOfMonth();
                if (!day.isBefore(p.publishedOn())) {
                  access(a, p.channel(), day, 5 + random.nextInt(p.channel() == PublicationChannel.WEBSITE ? 120 : 60));
                }
                month = month.plusMonths(1);
              }
            }
            case INFORMATION_CENTRE -> {
              for (int k = 0; k < 3 + random.nextInt(5); k++) {
                LocalDate day = p.publishedOn().plusDays(random.nextInt(120));
                if (!day.isAfter(YEAR.lastDay())) {
                  access(a, p.channel(), day, 1);
                }
              }
            }
            case NOTICE_BOARD, LEAFLET, BULLETIN -> {}
          }
        }
      }
    }

    private void access(KnowledgeAsset a, PublicationChannel channel, LocalDate day, long hits) {
      accessCount++;
      records.addAccessEvents(
          new AccessEvent(String.format(Locale.ROOT, "acc-%04d", accessCount), a.id(), channel, day, hits));
    }

    // Recognitions (การยกย่องชมเชย)

    private void makeRecognitions() {
      List<Person> own = inServiceOn(d(2025, 12, 26));
      own.removeAll(retirees);
      sample(own, 3).forEach(p -> recognize(p, RecognitionKind.DILIGENCE, d(2025, 12, 26)));
      // The first to turn 60 is honoured at the New Year activity; the others at the farewell.
      recognize(retirees.get(0), RecognitionKind.AGE_60, d(2025, 12, 26));
      List<Person> civilServiceDay = inServiceOn(d(2026, 4, 1));
      civilServiceDay.removeAll(retirees);
      sample(civilServiceDay, 4).forEach(p -> recognize(p, RecognitionKind.DILIGENCE, d(2026, 4, 1)));
      for (KnowledgeAsset a : assets) {
        if (a.assetKind() == AssetKind.WORK_MANUAL && a.reviewedOn().isPresent()) {
          recognize(person(a.authorIds().get(0)), RecognitionKind.KM_CONTRIBUTION, d(2026, 8, 27));
        }
      }
      retirees.forEach(p -> recognize(p, RecognitionKind.RETIREMENT, d(2026, 9, 25)));
    }

    private void recognize(Person p, RecognitionKind kind, LocalDate date) {
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

    // Helpers

    private DivisionCode code(Unit unit) {
      return codes.get(unit);
    }

    private Person person(String id) {
      return people.stream()
          .filter(p -> p.id().equals(id))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no person " + id));
    }

    /** The n-th holder of the position in the division, from 0. */
    private Person only(Unit unit, String position, int n) {
      List<Person> holders =
          people.stream().filter(p -> p.unit() == unit && p.position().equals(position)).toList();
      if (holders.size() <= n) {
        throw new IllegalStateException(unit + " has no holder " + n + " of " + position);
      }
      return holders.get(n);
    }

    /** Any holder of the position in the division, drawn. */
    private Person anyHolder(Unit unit, String position) {
      List<Person> holders =
          people.stream()
              .filter(p -> p.unit() == unit && p.position().equals(position) && !p.equals(leaver))
              .toList();
      return holders.get(random.nextInt(holders.size()));
    }

    /** The division staff in service on the day, in id order. */
    private List<Person> inServiceOn(LocalDate day) {
      List<Person> out = new ArrayList<>();
      for (int i = 0; i < people.size(); i++) {
        Person p = people.get(i);
        if (peopleStaff.get(i).isActiveOn(day)) {
          out.add(p);
        }
      }
      return out;
    }

    /** Up to n of the people, drawn without repeats, in the order drawn. */
    private List<Person> sample(List<Person> from, int n) {
      List<Person> pool = new ArrayList<>(from);
      Set<Person> picked = new LinkedHashSet<>();
      while (picked.size() < Math.min(n, from.size())) {
        picked.add(pool.remove(random.nextInt(pool.size())));
      }
      return new ArrayList<>(picked);
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    private static Publication pub(PublicationChannel channel, LocalDate day) {
      return new Publication(channel, day);
    }

    private static LocalDate d(int year, int month, int day) {
      return LocalDate.of(year, month, day);
    }
  }
}
