package th.km.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmProcessStep;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.PlanActivity;
import th.km.core.records.ActivityRef;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.YearRecords;

/** The late flag and the timeline of each activity's progress. */
class ActivityProgressTest {

  private static final OrganizationCode ORG = OrganizationCode.of("ban-waen");
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);

  private static PlanActivity activity(int number, ActivityPeriod period) {
    return PlanActivity.builder()
        .number(number)
        .name("กิจกรรม " + number)
        .step(KmProcessStep.IDENTIFY)
        .method("ประชุม")
        .period(period)
        .indicator("จำนวนครั้ง")
        .target("๑ ครั้ง")
        .responsible("สำนักปลัดเทศบาล")
        .build();
  }

  private static KmPlan plan() {
    MonthRange octDec = new MonthRange(YearMonth.of(2025, 10), YearMonth.of(2025, 12));
    return KmPlan.builder()
        .organization(Organization.builder().code(ORG).type(OrganizationType.SUBDISTRICT_MUNICIPALITY).name("บ้านแหวน").build())
        .fiscalYear(YEAR)
        .title("แผน")
        .addGoals(
            KmGoal.builder()
                .number(1)
                .title("เป้าหมาย")
                .framework(Framework.KM_PROCESS)
                .addActivities(
                    activity(1, ActivityPeriod.of("ต.ค. - ธ.ค. ๒๕๖๘", octDec)),
                    activity(2, ActivityPeriod.of("ต.ค. - ธ.ค. ๒๕๖๘", octDec)),
                    activity(3, ActivityPeriod.of("ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙", new MonthRange(YearMonth.of(2025, 10), YearMonth.of(2026, 9)))),
                    activity(4, ActivityPeriod.unreadable("ตลอดปี")))
                .build())
        .build();
  }

  private static ProgressUpdate update(String id, int activity, LocalDate date, int percent) {
    return new ProgressUpdate(id, new ActivityRef(1, activity), date, percent, "ทำแล้ว " + percent);
  }

  @Test
  void anActivityIsLateWhenItsPeriodHasPassedBelowOneHundredPercent() {
    YearRecords records =
        YearRecords.builder()
            .organization(ORG)
            .fiscalYear(YEAR)
            .addProgressUpdates(
                update("p2", 1, LocalDate.of(2025, 12, 20), 60),
                update("p1", 1, LocalDate.of(2025, 11, 1), 30),
                update("p3", 2, LocalDate.of(2025, 12, 30), 100),
                update("p4", 1, LocalDate.of(2026, 2, 1), 90))
            .build();

    Map<ActivityRef, ActivityProgress> onLastDay = ActivityProgress.of(plan(), records, LocalDate.of(2025, 12, 31));
    assertFalse(onLastDay.get(new ActivityRef(1, 1)).late(), "the period's last day has not passed");

    Map<ActivityRef, ActivityProgress> january = ActivityProgress.of(plan(), records, LocalDate.of(2026, 1, 15));
    ActivityProgress first = january.get(new ActivityRef(1, 1));
    assertTrue(first.late());
    assertEquals(60, first.percent(), "the update of February is after the day");
    assertEquals(List.of("p1", "p2"), first.updates().stream().map(ProgressUpdate::id).toList(), "oldest first");
    assertFalse(january.get(new ActivityRef(1, 2)).late(), "done at 100%");
    assertFalse(january.get(new ActivityRef(1, 3)).late(), "its period runs on");
    assertEquals(0, january.get(new ActivityRef(1, 3)).percent());
    assertFalse(january.get(new ActivityRef(1, 4)).late(), "an unreadable period cannot be late");

    assertTrue(ActivityProgress.of(plan(), records, LocalDate.of(2026, 10, 1)).get(new ActivityRef(1, 3)).late(), "nothing reported by the end");
  }
}
