package th.km.persistence.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Division;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.StaffCategory;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.ProgressUpdate;
import th.km.core.plan.MonitoringRule;
import th.km.core.records.EvaluationReport;
import th.km.core.records.Publication;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.SupervisorRating;
import th.km.core.records.PublicationChannel;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecords;

/**
 * One organization's made-up year of records in the national dataset. The staff count is heavy
 * tailed by size (a log-normal draw around a mean per type: about 500,000 staff in the 7,850
 * organizations); per staff member about twelve trainings, two acknowledgements and a hundred
 * accesses to knowledge, and an asset per two; meetings grow with the staff; supervisors rate half
 * the external trainings before and after, staff turning 60 are recognized, and the M&amp;E report
 * is made as often as the plan asks, now and then once fewer. Everything is drawn
 * from the {@link Random} handed in, so the same seed gives the same records.
 */
final class YearGenerator {

  private static final List<String> COURSES =
      List.of(
          "หลักสูตรการจัดทำงบการเงิน", "การพัฒนาทักษะดิจิทัล", "การจัดการความรู้ในองค์กร",
          "การบริหารงานพัสดุ", "การป้องกันและบรรเทาสาธารณภัย", "การจัดทำแผนพัฒนาท้องถิ่น",
          "ระเบียบการเบิกจ่ายเงิน", "การบริการประชาชนด้วยใจ");
  private static final List<String> FIRST =
      List.of("กมลชนก", "ธนพล", "สุภาวดี", "อนุชา", "ปิยะนุช", "วีระ", "ศิริพร", "ณัฐพล", "จันทร์เพ็ญ", "ชัยวัฒน์");
  private static final List<String> LAST =
      List.of("ใจดี", "แสงทอง", "บุญมา", "ศรีสุข", "คำแก้ว", "ทองดี", "มั่นคง", "พรหมมา", "อินทร์แก้ว", "สุขใจ");

  private final KmPlan plan;
  private final Random random;
  private final FiscalYear year;
  private final YearRecords.Builder out = YearRecords.builder();

  private YearGenerator(KmPlan plan, Random random) {
    this.plan = plan;
    this.random = random;
    this.year = plan.fiscalYear();
  }

  /** The year of records of the plan's organization. */
  static YearRecords generate(KmPlan plan, Random random) {
    return new YearGenerator(plan, random).build();
  }

  /** The mean staff per type, so that the national mix holds about 500,000 staff. */
  static int meanStaff(OrganizationType type) {
    return switch (type) {
      case PROVINCIAL_ADMINISTRATIVE_ORGANIZATION -> 400;
      case CITY_MUNICIPALITY -> 1_500;
      case TOWN_MUNICIPALITY -> 300;
      case SUBDISTRICT_MUNICIPALITY -> 70;
      default -> 40;
    };
  }

  private YearRecords build() {
    out.organization(plan.organization().code()).fiscalYear(year);
    double factor = Math.exp(0.6 * random.nextGaussian() - 0.18);
    int staffCount = Math.max(5, (int) Math.round(meanStaff(plan.organization().type()) * factor));
    List<StaffMember> staff = staff(staffCount);
    trainings(staff);
    acknowledgements(staff);
    List<KnowledgeAsset> assets = assets(staff);
    accesses(assets, staffCount * 100L);
    meetings(staff);
    recognitions(staff);
    evaluationReports();
    progress();
    return out.build();
  }

  private List<StaffMember> staff(int count) {
    List<Division> divisions = plan.divisions();
    List<StaffMember> staff = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      StaffCategory category =
          i <= 2 ? StaffCategory.EXECUTIVE : random.nextInt(3) == 0 ? StaffCategory.CONTRACT_STAFF : StaffCategory.MUNICIPAL_OFFICER;
      StaffMember.Builder s =
          StaffMember.builder()
              .id(id("stf", i))
              .name((random.nextBoolean() ? "นาย" : "นางสาว") + pick(FIRST) + " " + pick(LAST))
              .category(category)
              .birthDate(year.firstDay().minusYears(22).minusDays(random.nextInt(37 * 365)));
      if (category != StaffCategory.EXECUTIVE && !divisions.isEmpty()) {
        s.division(divisions.get(random.nextInt(divisions.size())).code());
      }
      staff.add(s.build());
    }
    out.addAllStaff(staff);
    return staff;
  }

  private void trainings(List<StaffMember> staff) {
    int n = 0;
    int reports = 0;
    int ratings = 0;
    for (StaffMember s : staff) {
      int count = 6 + random.nextInt(13);
      for (int k = 0; k < count; k++) {
        LocalDate start = day();
        LocalDate end = start.plusDays(random.nextInt(3));
        TrainingSetting setting = random.nextInt(3) == 0 ? TrainingSetting.EXTERNAL : TrainingSetting.INTERNAL;
        Training t =
            new Training(
                id("trn", ++n), s.id(), pick(COURSES), TrainingKind.TRAINING, setting, start, end,
                end.plusDays(random.nextInt(2)));
        out.addTrainings(t);
        if (setting == TrainingSetting.EXTERNAL && random.nextBoolean()) {
          int before = 2 + random.nextInt(3);
          out.addSupervisorRatings(
              new SupervisorRating(
                  id("rat", ++ratings), t.id(), before, before + random.nextInt(3) - (random.nextInt(8) == 0 ? 1 : 0),
                  t.returned().plusDays(10 + random.nextInt(30))));
        }
        if (setting == TrainingSetting.EXTERNAL && random.nextInt(4) > 0) {
          LocalDate submitted = t.returned().plusDays(3 + random.nextInt(20));
          out.addTrainingReports(
              TrainingReport.builder()
                  .id(id("rpt", ++reports))
                  .trainingId(t.id())
                  .submittedOn(submitted)
                  .addSignOffs(new SignOff(plan.organization().type().headTitle(), submitted.plusDays(3), true))
                  .build());
        }
      }
    }
  }

  private void acknowledgements(List<StaffMember> staff) {
    int n = 0;
    for (StaffMember s : staff) {
      if (random.nextInt(100) < 85) {
        out.addAcknowledgements(new Acknowledgement(id("ack", ++n), s.id(), AcknowledgementTopic.KM_GOALS, day()));
      }
      if (random.nextInt(100) < 70) {
        out.addAcknowledgements(new Acknowledgement(id("ack", ++n), s.id(), AcknowledgementTopic.KM_PRINCIPLES, day()));
      }
    }
  }

  private List<KnowledgeAsset> assets(List<StaffMember> staff) {
    List<KnowledgeAsset> assets = new ArrayList<>();
    int count = Math.max(3, staff.size() / 2);
    AssetKind[] kinds = AssetKind.values();
    PublicationChannel[] channels = PublicationChannel.values();
    for (int i = 1; i <= count; i++) {
      AssetKind kind = kinds[random.nextInt(kinds.length)];
      LocalDate created = day();
      KnowledgeAsset.Builder a =
          KnowledgeAsset.builder()
              .id(id("ka", i))
              .title(kind.thaiName() + "เรื่องที่ " + i)
              .assetKind(kind)
              .withFlowchart(kind == AssetKind.WORK_MANUAL && random.nextBoolean())
              .addAuthorIds(staff.get(random.nextInt(staff.size())).id())
              .createdOn(created);
      if (!plan.divisions().isEmpty() && random.nextBoolean()) {
        a.division(plan.divisions().get(random.nextInt(plan.divisions().size())).code());
      }
      if (random.nextInt(4) > 0) {
        LocalDate reviewed = created.plusDays(random.nextInt(20));
        a.reviewedOn(reviewed);
        a.addPublications(new Publication(channels[random.nextInt(channels.length)], reviewed.plusDays(random.nextInt(10))));
      }
      assets.add(a.build());
    }
    out.addAllKnowledgeAssets(assets);
    return assets;
  }

  /** About {@code events} lines of accesses, each a day's count of one published asset. */
  private void accesses(List<KnowledgeAsset> assets, long events) {
    List<KnowledgeAsset> published = assets.stream().filter(a -> !a.publications().isEmpty()).toList();
    if (published.isEmpty()) {
      return;
    }
    int n = 0;
    for (long given = 0; given < events; given++) {
      KnowledgeAsset a = published.get(random.nextInt(published.size()));
      Publication p = a.publications().get(0);
      long span = year.lastDay().toEpochDay() - p.publishedOn().toEpochDay();
      if (span < 0) {
        continue;
      }
      LocalDate day = p.publishedOn().plusDays(random.nextInt((int) span + 1));
      out.addAccessEvents(new AccessEvent(id("acc", ++n), a.id(), p.channel(), day, 1 + random.nextInt(3)));
    }
  }

  private void meetings(List<StaffMember> staff) {
    int count = 8 + staff.size() / 20;
    MeetingKind[] kinds = MeetingKind.values();
    for (int i = 1; i <= count; i++) {
      MeetingKind kind = kinds[random.nextInt(kinds.length)];
      int size = Math.min(staff.size(), 5 + random.nextInt(25));
      int from = random.nextInt(staff.size() - size + 1);
      out.addMeetings(
          Meeting.builder()
              .id(id("mtg", i))
              .meetingKind(kind)
              .title(kind.thaiName() + " ครั้งที่ " + i)
              .date(day())
              .attendeeIds(staff.subList(from, from + size).stream().map(StaffMember::id).toList())
              .otherAttendees(random.nextInt(3))
              .build());
    }
  }

  /**
   * Staff who turn 60 in the year are recognized (nine in ten, a week after their birthday), and a
   * few in fifty for diligence.
   */
  private void recognitions(List<StaffMember> staff) {
    int n = 0;
    for (StaffMember s : staff) {
      if (s.birthDate().isPresent()) {
        LocalDate sixty = s.birthDate().get().plusYears(60);
        if (!sixty.isBefore(year.firstDay()) && !sixty.isAfter(year.lastDay()) && random.nextInt(10) > 0) {
          out.addRecognitions(new Recognition(id("rec", ++n), s.id(), RecognitionKind.AGE_60, sixty.plusDays(7)));
        }
      }
      if (random.nextInt(50) < 2) {
        out.addRecognitions(new Recognition(id("rec", ++n), s.id(), RecognitionKind.DILIGENCE, day()));
      }
    }
  }

  /** The M&amp;E reports to the head: as many as the plan's rule asks, sometimes one fewer. */
  private void evaluationReports() {
    int due =
        plan.monitoringRules().stream()
            .filter(r -> r instanceof MonitoringRule.EvaluationReport)
            .mapToInt(r -> ((MonitoringRule.EvaluationReport) r).timesPerYear())
            .max()
            .orElse(1);
    int made = Math.max(0, due - (random.nextInt(5) == 0 ? 1 : 0));
    for (int i = 1; i <= made; i++) {
      out.addEvaluationReports(
          EvaluationReport.builder()
              .id(id("me", i))
              .submittedOn(year.firstDay().plusMonths(12L * i / made).minusDays(20 + random.nextInt(20)))
              .recipient(plan.organization().type().headTitle())
              .addRecommendations("ควรเผยแพร่องค์ความรู้ให้ทั่วถึงทุกส่วนราชการ")
              .build());
    }
  }

  private void progress() {
    for (KmGoal g : plan.goals()) {
      for (PlanActivity a : g.activities()) {
        int end = random.nextInt(4) == 0 ? 60 + 5 * random.nextInt(8) : 100;
        for (int q = 1; q <= 4; q++) {
          int percent = q == 4 ? end : Math.min(end, q * 25);
          out.addProgressUpdates(
              new ProgressUpdate(
                  "prg-" + g.number() + "-" + a.number() + "-q" + q,
                  new ActivityRef(g.number(), a.number()),
                  year.firstDay().plusMonths(3L * q).minusDays(1),
                  percent,
                  "ไตรมาสที่ " + q + ": ดำเนินการแล้วร้อยละ " + percent));
        }
      }
    }
  }

  private LocalDate day() {
    return year.firstDay().plusDays(random.nextInt(365));
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String id(String prefix, int n) {
    return String.format(Locale.ROOT, "%s-%06d", prefix, n);
  }
}
