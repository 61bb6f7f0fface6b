package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.plan.KmPlan;
import th.km.core.plan.StaffCategory;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecords;
import th.km.web.results.Accountable;

/** Who the attention list names: the heads of the responsible division who are in service. */
class AccountableTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

  private static StaffMember head(String id, String name, LocalDate until) {
    return StaffMember.builder()
        .id(id)
        .name(name)
        .category(StaffCategory.MUNICIPAL_OFFICER)
        .division(TestPlans.CLERK)
        .position("หัวหน้าสำนักปลัดเทศบาล")
        .activeUntil(until)
        .build();
  }

  private static IndicatorResult committeeMeetings(Evaluation e) {
    return e.results().stream()
        .filter(r -> r.subject() instanceof IndicatorSubject.Activity a && a.goal() == 1 && a.activity() == 1)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aDivisionIsNamedByItsHeadInService() {
    KmPlan plan = TestPlans.banWaen();
    YearRecords records =
        YearRecords.builder()
            .from(TestYears.banWaenRecords())
            .addStaff(
                head("h1", "นายสมศักดิ์ รักงาน", LocalDate.of(2026, 9, 30)),
                head("h0", "นายเก่า ย้ายไป", LocalDate.of(2026, 1, 31)))
            .build();
    Evaluation e = Evaluator.evaluate(plan, records, DAY, TestYears.HOLIDAYS);
    Accountable who = Accountable.of(plan, records, committeeMeetings(e), DAY);
    assertEquals(List.of("นายสมศักดิ์ รักงาน (หัวหน้าสำนักปลัดเทศบาล)"), who.people());
    assertEquals("สำนักปลัดเทศบาล", who.responsible());
  }

  @Test
  void withoutAHeadOnRecordOnlyTheResponsibleTextIsKnown() {
    KmPlan plan = TestPlans.banWaen();
    YearRecords records = TestYears.banWaenRecords();
    Evaluation e = Evaluator.evaluate(plan, records, DAY, TestYears.HOLIDAYS);
    Accountable who = Accountable.of(plan, records, committeeMeetings(e), DAY);
    assertEquals(List.of(), who.people());
    assertEquals("สำนักปลัดเทศบาล", who.responsible());
  }
}
