package th.km.persistence.demo;

import static th.km.persistence.demo.DemoYear.YEAR;
import static th.km.persistence.demo.DemoYear.d;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import th.km.core.records.AccessEvent;
import th.km.core.records.AssetKind;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.YearRecords;

/**
 * The demo year's knowledge assets (องค์ความรู้): a regulation, work manuals reviewed for four
 * divisions and a draft for the fifth, stories, reviews and articles, with their publications; the
 * documents kept from trainings are added by {@link DemoTrainings}. And who reads them: monthly
 * counter readings and visits (การเข้าถึงองค์ความรู้).
 */
final class DemoAssets {

  private final DemoStaff staff;
  private final YearRecords.Builder records;
  private final Random random;
  private final List<KnowledgeAsset> assets = new ArrayList<>();
  private int assetCount;
  private int accessCount;

  DemoAssets(DemoStaff staff, YearRecords.Builder records, Random random) {
    this.staff = staff;
    this.records = records;
    this.random = random;
  }

  /** Every asset made so far, in id order. */
  List<KnowledgeAsset> all() {
    return assets;
  }

  /** The assets not kept from a training, in the order they were made. */
  void makeStandalone() {
    add("สรุประเบียบกระทรวงมหาดไทยว่าด้วยค่าใช้จ่ายในการฝึกอบรมขององค์กรปกครองส่วนท้องถิ่น",
        AssetKind.REGULATION, false, DemoDivision.FINANCE, List.of(staff.anyHolder(DemoDivision.FINANCE, "นักวิชาการเงินและบัญชี").id()),
        d(2025, 11, 10), Optional.of(d(2025, 11, 20)),
        List.of(pub(PublicationChannel.WEBSITE, d(2025, 11, 25)), pub(PublicationChannel.INFORMATION_CENTRE, d(2025, 11, 25))));
    // Work manuals: reviewed for four divisions; the fifth has only a draft by the year's end.
    add("คู่มือการปฏิบัติงานด้านการบริหารงานบุคคล", AssetKind.WORK_MANUAL, true, DemoDivision.CLERK,
        List.of(staff.only(DemoDivision.CLERK, "นักทรัพยากรบุคคล", 0).id(), staff.only(DemoDivision.CLERK, "นักจัดการงานทั่วไป", 0).id()),
        d(2025, 12, 1), Optional.of(d(2025, 12, 20)),
        List.of(pub(PublicationChannel.WEBSITE, d(2025, 12, 25)), pub(PublicationChannel.NOTICE_BOARD, d(2025, 12, 26))));
    add("AAR การจัดงานวันเด็กแห่งชาติ ประจำปี ๒๕๖๙", AssetKind.AFTER_ACTION_REVIEW, false, DemoDivision.EDUCATION,
        List.of(staff.only(DemoDivision.EDUCATION, "นักวิชาการศึกษา", 0).id()),
        d(2026, 1, 16), Optional.of(d(2026, 1, 20)), List.of(pub(PublicationChannel.FACEBOOK, d(2026, 1, 21))));
    add("AAR การจัดอบรมเชิงปฏิบัติการการจัดทำคู่มือการปฏิบัติงาน", AssetKind.AFTER_ACTION_REVIEW, false, DemoDivision.CLERK,
        List.of(staff.only(DemoDivision.CLERK, "นักทรัพยากรบุคคล", 0).id()),
        d(2026, 1, 23), Optional.of(d(2026, 1, 30)), List.of(pub(PublicationChannel.NOTICE_BOARD, d(2026, 2, 2))));
    add("ความรู้เรื่องการคัดแยกขยะในครัวเรือน", AssetKind.KNOWLEDGE_ARTICLE, false, DemoDivision.HEALTH,
        List.of(staff.only(DemoDivision.HEALTH, "นักวิชาการสุขาภิบาล", 0).id()),
        d(2026, 2, 5), Optional.of(d(2026, 2, 9)),
        List.of(pub(PublicationChannel.LEAFLET, d(2026, 2, 12)), pub(PublicationChannel.FACEBOOK, d(2026, 2, 12))));
    add("คู่มือการปฏิบัติงานการเบิกจ่ายเงินงบประมาณ", AssetKind.WORK_MANUAL, true, DemoDivision.FINANCE,
        List.of(staff.only(DemoDivision.FINANCE, "นักวิชาการเงินและบัญชี", 0).id(), staff.only(DemoDivision.FINANCE, "นักวิชาการเงินและบัญชี", 1).id()),
        d(2026, 1, 12), Optional.of(d(2026, 2, 10)),
        List.of(pub(PublicationChannel.WEBSITE, d(2026, 2, 16)), pub(PublicationChannel.FACEBOOK, d(2026, 2, 16))));
    add("คู่มือการปฏิบัติงานการขออนุญาตก่อสร้างอาคาร", AssetKind.WORK_MANUAL, true, DemoDivision.WORKS,
        List.of(staff.only(DemoDivision.WORKS, "วิศวกรโยธา", 0).id(), staff.only(DemoDivision.WORKS, "นายช่างโยธา", 0).id()),
        d(2026, 2, 20), Optional.of(d(2026, 4, 20)),
        List.of(pub(PublicationChannel.WEBSITE, d(2026, 4, 28)), pub(PublicationChannel.INFORMATION_CENTRE, d(2026, 4, 28))));
    add("คู่มือการปฏิบัติงานศูนย์พัฒนาเด็กเล็ก", AssetKind.WORK_MANUAL, false, DemoDivision.EDUCATION,
        List.of(staff.only(DemoDivision.EDUCATION, "นักวิชาการศึกษา", 0).id(), staff.only(DemoDivision.EDUCATION, "ครู", 0).id()),
        d(2026, 3, 2), Optional.of(d(2026, 6, 15)), List.of(pub(PublicationChannel.WEBSITE, d(2026, 6, 22))));
    add("เล่าเรื่อง: ประสบการณ์การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างปีแรก", AssetKind.STORY, false, DemoDivision.FINANCE,
        List.of(staff.only(DemoDivision.FINANCE, "นักวิชาการจัดเก็บรายได้", 0).id()),
        d(2026, 3, 18), Optional.empty(), List.of(pub(PublicationChannel.FACEBOOK, d(2026, 3, 20))));
    add("เล่าเรื่อง: การรับมือไฟป่าและหมอกควันในตำบลบ้านแหวน", AssetKind.STORY, false, DemoDivision.CLERK,
        List.of(staff.only(DemoDivision.CLERK, "นักป้องกันและบรรเทาสาธารณภัย", 0).id()),
        d(2026, 5, 5), Optional.empty(),
        List.of(pub(PublicationChannel.FACEBOOK, d(2026, 5, 6)), pub(PublicationChannel.BULLETIN, d(2026, 6, 1))));
    add("คู่มือการปฏิบัติงานการป้องกันและบรรเทาสาธารณภัย", AssetKind.WORK_MANUAL, true, DemoDivision.CLERK,
        List.of(staff.only(DemoDivision.CLERK, "นักป้องกันและบรรเทาสาธารณภัย", 0).id()),
        d(2026, 5, 11), Optional.of(d(2026, 7, 1)), List.of(pub(PublicationChannel.NOTICE_BOARD, d(2026, 7, 3))));
    add("ร่างคู่มือการปฏิบัติงานการจัดการขยะมูลฝอย", AssetKind.WORK_MANUAL, false, DemoDivision.HEALTH,
        List.of(staff.only(DemoDivision.HEALTH, "นักวิชาการสุขาภิบาล", 0).id()),
        d(2026, 8, 20), Optional.empty(), List.of());
  }

  /** Adds an asset with the next id. */
  void add(
      String title,
      AssetKind kind,
      boolean flowchart,
      DemoDivision division,
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
            .division(staff.code(division))
            .authorIds(authors)
            .createdOn(created)
            .reviewedOn(reviewed)
            .publications(publications)
            .build());
  }

  /**
   * Monthly counter readings of the website and the Facebook page for every asset published
   * there, and single visits to the information centre's copies.
   */
  void makeAccesses() {
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

  private static Publication pub(PublicationChannel channel, LocalDate day) {
    return new Publication(channel, day);
  }
}
