package th.km.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.km.core.calendar.FiscalYear;

class ResponsiblesTest {

  private static final Division OFFICE = new Division(DivisionCode.of("clerk"), "สำนักปลัดเทศบาล");
  private static final Division FINANCE = new Division(DivisionCode.of("finance"), "กองคลัง");
  private static final Division WORKS = new Division(DivisionCode.of("works"), "กองช่าง");
  private static final Division HEALTH =
      new Division(DivisionCode.of("health"), "กองสาธารณสุขและสิ่งแวดล้อม");

  private static final KmPlan PLAN =
      KmPlan.builder()
          .organization(
              Organization.builder()
                  .code(OrganizationCode.of("ban-waen"))
                  .type(OrganizationType.SUBDISTRICT_MUNICIPALITY)
                  .name("บ้านแหวน")
                  .build())
          .fiscalYear(FiscalYear.ofBuddhistYear(2569))
          .title("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
          .addDivisions(OFFICE, FINANCE, WORKS, HEALTH)
          .addPositions(new Position("นักทรัพยากรบุคคล", Optional.of(OFFICE.code())))
          .addCommittees(
              Committee.builder()
                  .kind(CommitteeKind.KNOWLEDGE_MANAGEMENT)
                  .name("คณะกรรมการจัดการความรู้")
                  .addMembers(
                      new CommitteeMember(
                          CommitteeRole.MEMBER,
                          Optional.of("นายนคร กันกา"),
                          Optional.of("หัวหน้าสำนักปลัดเทศบาล"),
                          "กรรมการ"))
                  .build(),
              Committee.builder()
                  .kind(CommitteeKind.MONITORING_AND_EVALUATION)
                  .name("คณะกรรมการติดตามและประเมินผลแผนการจัดการความรู้เทศบาลตำบลบ้านแหวน")
                  .build())
          .build();

  private static ResolvedResponsible resolve(String text) {
    return Responsibles.resolve(text, PLAN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "สำนักปลัดเทศบาล",
        "สำนักปลัดเทศบาล/ กองทุกกอง",
        "สำนัก ปลัดเทศบาล",
        "สำนัก ปลัดเทศบาล / กองทุกกอง",
        "สำนัก\u200Bปลัดเทศบาล",
        "หัวหน้าส่วนราชการแต่ละสำนัก/กอง",
        "หัวหน้าส่วน ราชการแต่ละ สำนัก/กอง",
        "บุคลากรทุกสำนัก/กอง",
        "สำนักปลัด",
        "สำนักปลัดเทศบาลตำบลบ้านแหวน",
        "งานการเจ้าหน้าที่ สำนักปลัดเทศบาล",
        "กองคลัง, กองช่าง",
        "กองคลังและกองช่าง",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        "ผู้อำนวยการกองคลัง",
        "นักทรัพยากรบุคคล",
        "หัวหน้าสำนักปลัดเทศบาล",
        "ปลัดเทศบาล",
        "ปลัดเทศบาลตำบลบ้านแหวน",
        "นายกเทศมนตรีตำบลบ้านแหวน",
        "คณะกรรมการจัดการความรู้",
        "คณะกรรมการติดตามและประเมินผล",
        "บุคลากรในสังกัด",
        "ทุกส่วนราชการ"
      })
  void resolvesWhatThePlanKnows(String text) {
    ResolvedResponsible r = resolve(text);
    assertTrue(r.isFullyResolved(), text + " → " + r);
  }

  @Test
  void theClerksOfficeWithEveryBureauIsEveryDivision() {
    ResolvedResponsible r = resolve("สำนัก ปลัดเทศบาล / กองทุกกอง");
    assertEquals(List.of(OFFICE, FINANCE, WORKS, HEALTH), r.divisions());
    ResponsibleParty.Divisions every = (ResponsibleParty.Divisions) r.parties().get(1);
    assertTrue(every.every());
    assertEquals(List.of(FINANCE, WORKS, HEALTH), every.divisions(), "กองทุกกอง is every กอง");
  }

  @Test
  void headsOfEachDivisionAreTheHeadsOfAllOfThem() {
    ResolvedResponsible r = resolve("หัวหน้าส่วน ราชการแต่ละ สำนัก/กอง");
    ResponsibleParty.DivisionHeads heads =
        assertInstanceOf(ResponsibleParty.DivisionHeads.class, r.parties().get(0));
    assertEquals(PLAN.divisions(), heads.divisions());
    assertTrue(heads.every());
  }

  @Test
  void staffOfEveryDivisionAreStaff() {
    ResponsibleParty party = resolve("บุคลากรทุกสำนัก/กอง").parties().get(0);
    assertInstanceOf(ResponsibleParty.DivisionStaff.class, party);
    assertEquals(PLAN.divisions(), party.divisions());
  }

  @Test
  void aHeadOfOneDivisionIsThatDivisionsHead() {
    ResponsibleParty party = resolve("ผู้อำนวยการกองคลัง").parties().get(0);
    assertEquals(new ResponsibleParty.DivisionHeads("ผู้อำนวยการกองคลัง", List.of(FINANCE), false), party);
  }

  @Test
  void aPositionCarriesItsDivision() {
    ResponsibleParty party = resolve("นักทรัพยากรบุคคล").parties().get(0);
    assertInstanceOf(ResponsibleParty.PositionHolder.class, party);
    assertEquals(List.of(OFFICE), party.divisions());
  }

  @Test
  void committeesAreFoundByTheirNameOrItsStart() {
    assertEquals(
        new ResponsibleParty.CommitteeParty(
            "คณะกรรมการติดตามและประเมินผล", CommitteeKind.MONITORING_AND_EVALUATION),
        resolve("คณะกรรมการติดตามและประเมินผล").parties().get(0));
  }

  @Test
  void reportsTheUnknownPartsAndKeepsTheKnownOnes() {
    ResolvedResponsible r = resolve("กองคลัง / กองพัสดุ / ชมรมผู้สูงอายุ");
    assertFalse(r.isFullyResolved());
    assertEquals(List.of("กองพัสดุ", "ชมรมผู้สูงอายุ"), r.unknownParts());
    assertEquals(List.of(FINANCE), r.divisions());
  }

  @Test
  void anEmptyTextResolvesNothing() {
    assertFalse(resolve("  ").isFullyResolved());
    assertTrue(resolve("").parties().isEmpty());
  }
}
