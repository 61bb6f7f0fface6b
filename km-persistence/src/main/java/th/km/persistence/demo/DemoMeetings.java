package th.km.persistence.demo;

import static th.km.persistence.demo.DemoYear.YEAR;
import static th.km.persistence.demo.DemoYear.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.Training;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;

/**
 * The demo year's meetings, workshops and acknowledgements (การประชุม การอบรม และการรับทราบ): the
 * KM committee, the manual-writing workshop, seminars, knowledge-sharing meetings with those back
 * from training, and the acknowledgements of the KM goals that stop short of 90%.
 */
final class DemoMeetings {

  private final DemoStaff staff;
  private final List<Training> trainings;
  private final YearRecords.Builder records;
  private final Random random;
  private int meetingCount;
  private int ackCount;

  DemoMeetings(DemoStaff staff, List<Training> trainings, YearRecords.Builder records, Random random) {
    this.staff = staff;
    this.trainings = trainings;
    this.records = records;
    this.random = random;
  }

  /** Holds the year's meetings in date order, with the acknowledgements signed at them. */
  void make() {
    List<DemoPerson> committee = new ArrayList<>();
    committee.add(staff.only(DemoDivision.CLERK, "ปลัดเทศบาล", 0));
    for (DemoDivision u : DemoDivision.values()) {
      committee.add(staff.only(u, u.head, 0));
    }
    committee.add(staff.only(DemoDivision.CLERK, "นักทรัพยากรบุคคล", 0));
    List<DemoPerson> heads = new ArrayList<>(committee.subList(0, 6));
    heads.add(staff.only(DemoDivision.CLERK, "รองปลัดเทศบาล", 0));

    meeting(MeetingKind.KM_COMMITTEE, "ประชุมคณะกรรมการจัดการความรู้ ครั้งที่ ๑/๒๕๖๙", d(2025, 10, 20), DemoDivision.CLERK, committee, 0);
    meeting(MeetingKind.HEADS_OF_DIVISION,
        "ประชุมหัวหน้าส่วนราชการ ชี้แจงการจัดทำคู่มือปฏิบัติงานและรายงานผลการฝึกอบรม", d(2025, 11, 5), DemoDivision.CLERK, heads, 0);

    List<DemoPerson> inService = staff.inServiceOn(d(2025, 11, 20));
    List<DemoPerson> kickoff = staff.sample(inService, 42);
    Meeting seminar =
        meeting(MeetingKind.SEMINAR, "ประชุมชี้แจงแผนและเป้าหมายการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
            d(2025, 11, 20), null, kickoff, 0);
    // Most of the seminar's audience signs that they know the KM goals on the day.
    List<DemoPerson> knowGoals = new ArrayList<>(kickoff.subList(0, 38));
    knowGoals.forEach(p -> acknowledge(p, AcknowledgementTopic.KM_GOALS, seminar.date()));

    sharing(1, d(2025, 12, 17));
    meeting(MeetingKind.ACTIVITY, "กิจกรรม HAPPY WORKPLACE ส่งท้ายปีเก่าต้อนรับปีใหม่ ๒๕๖๙", d(2025, 12, 26), null,
        staff.sample(staff.inServiceOn(d(2025, 12, 26)), 55), 4);

    List<DemoPerson> writers = new ArrayList<>();
    writers.add(staff.only(DemoDivision.CLERK, "นักทรัพยากรบุคคล", 0));
    writers.add(staff.only(DemoDivision.CLERK, "นักจัดการงานทั่วไป", 0));
    writers.add(staff.only(DemoDivision.CLERK, "นักป้องกันและบรรเทาสาธารณภัย", 0));
    writers.add(staff.only(DemoDivision.FINANCE, "นักวิชาการเงินและบัญชี", 0));
    writers.add(staff.only(DemoDivision.FINANCE, "นักวิชาการเงินและบัญชี", 1));
    writers.add(staff.only(DemoDivision.WORKS, "วิศวกรโยธา", 0));
    writers.add(staff.only(DemoDivision.WORKS, "นายช่างโยธา", 0));
    writers.add(staff.only(DemoDivision.EDUCATION, "นักวิชาการศึกษา", 0));
    writers.add(staff.only(DemoDivision.EDUCATION, "ครู", 0));
    writers.add(staff.only(DemoDivision.HEALTH, "นักวิชาการสุขาภิบาล", 0));
    writers.add(staff.only(DemoDivision.HEALTH, "เจ้าพนักงานสาธารณสุข", 0));
    writers.add(staff.only(DemoDivision.CLERK, "เจ้าพนักงานธุรการ", 0));
    Meeting workshop =
        meeting(MeetingKind.WORKSHOP, "อบรมเชิงปฏิบัติการการจัดทำคู่มือการปฏิบัติงาน", d(2026, 1, 22), DemoDivision.CLERK, writers, 1);
    writers.forEach(p -> acknowledge(p, AcknowledgementTopic.KM_PRINCIPLES, workshop.date()));

    sharing(2, d(2026, 2, 18));
    // A few more learn the goals from their heads of division over the following months.
    List<DemoPerson> winterPool = new ArrayList<>(staff.inServiceOn(d(2025, 12, 1)));
    winterPool.removeAll(knowGoals);
    List<DemoPerson> winter = staff.sample(winterPool, 8);
    winter.forEach(
        p -> acknowledge(p, AcknowledgementTopic.KM_GOALS, d(2025, 12, 1).plusDays(random.nextInt(100))));
    meeting(MeetingKind.KM_COMMITTEE, "ประชุมคณะกรรมการจัดการความรู้ ครั้งที่ ๒/๒๕๖๙", d(2026, 3, 10), DemoDivision.CLERK, committee, 0);
    meeting(MeetingKind.ACTIVITY, "กิจกรรมรดน้ำดำหัวผู้บริหารและผู้สูงอายุ เนื่องในประเพณีสงกรานต์", d(2026, 4, 10), null,
        staff.sample(staff.inServiceOn(d(2026, 4, 10)), 50), 12);
    sharing(3, d(2026, 4, 22));
    sharing(4, d(2026, 6, 17));
    List<DemoPerson> later = new ArrayList<>(staff.inServiceOn(YEAR.lastDay()));
    later.removeAll(knowGoals);
    later.removeAll(winter);
    staff.sample(later, 9).forEach(
        p -> acknowledge(p, AcknowledgementTopic.KM_GOALS, d(2026, 4, 1).plusDays(random.nextInt(170))));
    sharing(5, d(2026, 8, 19));

    // KM Day: nearly everyone comes, and most sign that they understand KM's principles.
    List<DemoPerson> present = new ArrayList<>(staff.inServiceOn(d(2026, 8, 27)));
    List<DemoPerson> away = staff.sample(present, 5);
    present.removeAll(away);
    Meeting kmDay =
        meeting(MeetingKind.SEMINAR, "มหกรรมการจัดการความรู้ (KM Day) ประจำปี ๒๕๖๙", d(2026, 8, 27), null, present, 3);
    List<DemoPerson> understand = new ArrayList<>(present);
    understand.removeAll(writers);
    staff.sample(understand, 52).forEach(p -> acknowledge(p, AcknowledgementTopic.KM_PRINCIPLES, kmDay.date()));
    meeting(MeetingKind.KM_COMMITTEE, "ประชุมคณะกรรมการจัดการความรู้ ครั้งที่ ๓/๒๕๖๙ พิจารณารายงานผลการติดตามและประเมินผล",
        d(2026, 9, 8), DemoDivision.CLERK, committee, 0);
    meeting(MeetingKind.ACTIVITY, "พิธีมุทิตาจิตแด่ผู้เกษียณอายุราชการ ประจำปี ๒๕๖๙", d(2026, 9, 25), null,
        staff.sample(staff.inServiceOn(d(2026, 9, 25)), 48), 10);
  }

  /** A knowledge-sharing meeting where those back from training tell what they learnt. */
  private void sharing(int number, LocalDate date) {
    List<DemoPerson> audience = new ArrayList<>();
    for (Training t : trainings) {
      if (t.setting() == TrainingSetting.EXTERNAL
          && t.end().isBefore(date)
          && !t.end().isBefore(date.minusDays(70))) {
        DemoPerson p = staff.person(t.personId());
        if (!audience.contains(p)) {
          audience.add(p);
        }
      }
    }
    List<DemoPerson> others = new ArrayList<>(staff.inServiceOn(date));
    others.removeAll(audience);
    audience.addAll(staff.sample(others, 8 + random.nextInt(6)));
    meeting(MeetingKind.KNOWLEDGE_SHARING,
        "เวทีแลกเปลี่ยนเรียนรู้ ครั้งที่ " + number + "/๒๕๖๙: นำเสนอความรู้จากการฝึกอบรม", date, DemoDivision.CLERK, audience, 0);
  }

  private Meeting meeting(
      MeetingKind kind,
      String title,
      LocalDate date,
      @Nullable DemoDivision division,
      List<DemoPerson> attendees,
      int others) {
    meetingCount++;
    Meeting m =
        Meeting.builder()
            .id(String.format(Locale.ROOT, "mtg-%02d", meetingCount))
            .meetingKind(kind)
            .title(title)
            .date(date)
            .division(division == null ? Optional.empty() : Optional.of(staff.code(division)))
            .attendeeIds(attendees.stream().map(DemoPerson::id).distinct().toList())
            .otherAttendees(others)
            .build();
    records.addMeetings(m);
    return m;
  }

  private void acknowledge(DemoPerson p, AcknowledgementTopic topic, LocalDate date) {
    ackCount++;
    records.addAcknowledgements(
        new Acknowledgement(String.format(Locale.ROOT, "ack-%03d", ackCount), p.id(), topic, date));
  }
}
