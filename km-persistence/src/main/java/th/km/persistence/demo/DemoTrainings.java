package th.km.persistence.demo;

import static th.km.persistence.demo.DemoYear.YEAR;
import static th.km.persistence.demo.DemoYear.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import th.km.core.records.AssetKind;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.SignOff;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;

/**
 * The demo year's trainings, their post-training reports and the supervisors' before/after
 * ratings (การฝึกอบรม รายงานผล และการประเมินก่อน-หลัง): most reports on time, some late, one on
 * time only because Songkran moved its deadline, one never filed, one not yet due.
 */
final class DemoTrainings {

  private final DemoStaff staff;
  private final DemoAssets assets;
  private final YearRecords.Builder records;
  private final Random random;
  private final List<Training> trainings = new ArrayList<>();
  private int trainingCount;
  private int reportCount;
  private int ratingCount;

  DemoTrainings(DemoStaff staff, DemoAssets assets, YearRecords.Builder records, Random random) {
    this.staff = staff;
    this.assets = assets;
    this.records = records;
    this.random = random;
  }

  /** Every training made so far, in id order. */
  List<Training> all() {
    return trainings;
  }

  /** When a report is filed, as days after the return; none when it is never filed. */
  private sealed interface Filing {}

  private record After(int days) implements Filing {}

  private record On(LocalDate day) implements Filing {}

  private record Never() implements Filing {}

  /** Makes the year's trainings, files their reports and has supervisors rate them. */
  void make() {
    external(DemoDivision.CLERK, "นักทรัพยากรบุคคล", TrainingKind.TRAINING,
        "หลักสูตรการบริหารงานบุคคลส่วนท้องถิ่น", d(2025, 10, 14), d(2025, 10, 16), new After(8));
    external(DemoDivision.FINANCE, "นักวิชาการเงินและบัญชี", TrainingKind.TRAINING,
        "หลักสูตรนักวิชาการเงินและบัญชีท้องถิ่น", d(2025, 10, 21), d(2025, 10, 24), new After(10));
    external(DemoDivision.FINANCE, "นักวิชาการพัสดุ", TrainingKind.SEMINAR,
        "สัมมนาการจัดซื้อจัดจ้างภาครัฐด้วยระบบ e-GP", d(2025, 11, 3), d(2025, 11, 5), new After(6));
    // Late: filed 24 days after the return.
    external(DemoDivision.CLERK, "นักป้องกันและบรรเทาสาธารณภัย", TrainingKind.TRAINING,
        "หลักสูตรการป้องกันและบรรเทาสาธารณภัยสำหรับท้องถิ่น", d(2025, 11, 17), d(2025, 11, 19), new After(24));
    internal(DemoDivision.CLERK, "เจ้าพนักงานธุรการ", "อบรมการใช้งานระบบสารบรรณอิเล็กทรอนิกส์", d(2025, 11, 25), d(2025, 11, 25));
    external(DemoDivision.HEALTH, "นักวิชาการสุขาภิบาล", TrainingKind.STUDY_VISIT,
        "ศึกษาดูงานการบริหารจัดการขยะมูลฝอย เทศบาลนครลำปาง", d(2025, 12, 8), d(2025, 12, 10), new After(9));
    external(DemoDivision.EDUCATION, "ผู้ดูแลเด็ก", TrainingKind.TRAINING,
        "หลักสูตรผู้ดูแลเด็กศูนย์พัฒนาเด็กเล็ก", d(2025, 12, 15), d(2025, 12, 17), new After(12));
    // The long study runs past the year; its report falls due when the person comes back.
    DemoPerson student = staff.only(DemoDivision.CLERK, "รองปลัดเทศบาล", 0);
    addTraining(student, "ศึกษาต่อระดับปริญญาโท หลักสูตรรัฐประศาสนศาสตรมหาบัณฑิต (ภาคพิเศษ)",
        TrainingKind.FURTHER_STUDY, TrainingSetting.EXTERNAL, d(2025, 11, 1), d(2027, 10, 31), d(2027, 10, 31));
    // Late: back on Friday 16 January, due Monday 2 February (the 15th day is a Saturday).
    external(DemoDivision.WORKS, "นายช่างโยธา", TrainingKind.TRAINING,
        "หลักสูตรนายช่างโยธา: การควบคุมงานก่อสร้าง", d(2026, 1, 12), d(2026, 1, 16), new On(d(2026, 2, 20)));
    external(DemoDivision.CLERK, "นิติกร", TrainingKind.SEMINAR,
        "สัมมนากฎหมายปกครองสำหรับนิติกรท้องถิ่น", d(2026, 1, 19), d(2026, 1, 21), new After(7));
    external(DemoDivision.FINANCE, "นักวิชาการจัดเก็บรายได้", TrainingKind.TRAINING,
        "หลักสูตรการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", d(2026, 2, 9), d(2026, 2, 11), new After(5));
    external(DemoDivision.CLERK, "นักวิเคราะห์นโยบายและแผน", TrainingKind.TRAINING,
        "หลักสูตรการจัดทำแผนพัฒนาท้องถิ่น", d(2026, 2, 23), d(2026, 2, 25), new After(11));
    external(DemoDivision.HEALTH, "เจ้าพนักงานสาธารณสุข", TrainingKind.TRAINING,
        "หลักสูตรการปฐมพยาบาลและการช่วยชีวิตขั้นพื้นฐาน", d(2026, 3, 2), d(2026, 3, 6), new After(10));
    internal(DemoDivision.FINANCE, "เจ้าพนักงานการเงินและบัญชี", "อบรมการใช้ระบบบัญชีคอมพิวเตอร์ e-LAAS", d(2026, 3, 16), d(2026, 3, 18));
    // Across Songkran, on time: back on Sunday 29 March, the 15th day is Monday 13 April, a
    // Songkran holiday, so the report is due on Thursday 16 April, the day it is filed.
    DemoPerson accountant = staff.only(DemoDivision.FINANCE, "นักวิชาการเงินและบัญชี", 1);
    Training songkran =
        addTraining(accountant, "หลักสูตรการจัดทำงบการเงินขององค์กรปกครองส่วนท้องถิ่น",
            TrainingKind.TRAINING, TrainingSetting.EXTERNAL, d(2026, 3, 25), d(2026, 3, 27), d(2026, 3, 29));
    file(songkran, new On(d(2026, 4, 16)));
    // Across Songkran, late: back on Friday 3 April, due Monday 20 April, filed on the 21st.
    external(DemoDivision.EDUCATION, "นักวิชาการศึกษา", TrainingKind.STUDY_VISIT,
        "ศึกษาดูงานศูนย์พัฒนาเด็กเล็กต้นแบบ", d(2026, 3, 30), d(2026, 4, 3), new On(d(2026, 4, 21)));
    external(DemoDivision.CLERK, "เจ้าพนักงานธุรการ", TrainingKind.TRAINING,
        "หลักสูตรการเขียนหนังสือราชการและงานสารบรรณ", d(2026, 4, 7), d(2026, 4, 9), new After(13));
    external(DemoDivision.HEALTH, "นักวิชาการสาธารณสุข", TrainingKind.SEMINAR,
        "สัมมนาเชิงปฏิบัติการด้านสาธารณสุขมูลฐาน", d(2026, 5, 18), d(2026, 5, 20), new After(8));
    external(DemoDivision.WORKS, "นายช่างไฟฟ้า", TrainingKind.TRAINING,
        "หลักสูตรนายช่างไฟฟ้า: ระบบไฟฟ้าสาธารณะ", d(2026, 5, 25), d(2026, 5, 29), new After(10));
    external(DemoDivision.EDUCATION, "ครู", TrainingKind.TRAINING,
        "หลักสูตรการพัฒนาหลักสูตรการศึกษาปฐมวัย", d(2026, 6, 8), d(2026, 6, 10), new After(6));
    // Late: filed four weeks after the return.
    external(DemoDivision.CLERK, "นักจัดการงานทั่วไป", TrainingKind.TRAINING,
        "หลักสูตรการบริหารความเสี่ยงและการควบคุมภายใน", d(2026, 6, 15), d(2026, 6, 17), new After(28));
    internal(DemoDivision.WORKS, "พนักงานขับเครื่องจักรกลขนาดเบา", "อบรมความปลอดภัยในการทำงานกับเครื่องจักรกล", d(2026, 6, 22), d(2026, 6, 22));
    external(DemoDivision.EDUCATION, "เจ้าพนักงานธุรการ", TrainingKind.TRAINING,
        "หลักสูตรเจ้าพนักงานธุรการท้องถิ่น", d(2026, 7, 6), d(2026, 7, 8), new After(9));
    external(DemoDivision.WORKS, "วิศวกรโยธา", TrainingKind.SEMINAR,
        "สัมมนาการพัฒนาเมืองอัจฉริยะสำหรับท้องถิ่น", d(2026, 7, 20), d(2026, 7, 22), new After(7));
    external(DemoDivision.HEALTH, "นักวิชาการสุขาภิบาล", TrainingKind.TRAINING,
        "หลักสูตรการจัดการสิ่งแวดล้อมชุมชน", d(2026, 8, 3), d(2026, 8, 5), new After(12));
    // Never filed: due 4 September, still missing at the end of the year.
    external(DemoDivision.FINANCE, "นักวิชาการพัสดุ", TrainingKind.TRAINING,
        "หลักสูตรการพัสดุภาครัฐ", d(2026, 8, 17), d(2026, 8, 20), new Never());
    external(DemoDivision.CLERK, "นักป้องกันและบรรเทาสาธารณภัย", TrainingKind.TRAINING,
        "หลักสูตรการบริหารจัดการสาธารณภัย", d(2026, 9, 7), d(2026, 9, 9), new After(9));
    // Not yet due on 30 September: back on the 23rd, due 8 October.
    external(DemoDivision.EDUCATION, "ครู", TrainingKind.SEMINAR,
        "สัมมนาวิชาการด้านการศึกษาท้องถิ่น", d(2026, 9, 21), d(2026, 9, 23), new Never());
    rateTrainings();
  }

  private void external(
      DemoDivision division, String position, TrainingKind kind, String title, LocalDate start, LocalDate end, Filing filing) {
    Training t =
        addTraining(staff.anyHolder(division, position), title, kind, TrainingSetting.EXTERNAL, start, end, end);
    file(t, filing);
  }

  private void internal(DemoDivision division, String position, String title, LocalDate start, LocalDate end) {
    addTraining(staff.anyHolder(division, position), title, TrainingKind.TRAINING, TrainingSetting.INTERNAL, start, end, end);
  }

  private Training addTraining(
      DemoPerson person,
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
    DemoPerson person = staff.person(t.personId());
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
                new SignOff(person.division().head, head, false),
                new SignOff("ปลัดเทศบาล", clerk, false),
                new SignOff("นายกเทศมนตรี", mayor, true))
            .build());
    // Two in three trainees also keep what they learnt as a bound document (ชุดองค์ความรู้).
    if (random.nextInt(3) > 0) {
      LocalDate created = submitted.plusDays(2 + random.nextInt(5));
      assets.add(
          "สรุปองค์ความรู้จาก" + t.title(),
          AssetKind.TRAINING_REPORT,
          false,
          person.division(),
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
}
