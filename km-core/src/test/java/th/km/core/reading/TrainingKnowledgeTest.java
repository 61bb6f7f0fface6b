package th.km.core.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;

/** The starting texts of a training report's draft and of the AAR and story templates. */
class TrainingKnowledgeTest {

  @Test
  void aReportsDraftCarriesItsTextsUnderTheCourseButNotThePersonsName() {
    Training training =
        new Training(
            "tr-1",
            "st-1",
            "การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง",
            TrainingKind.TRAINING,
            TrainingSetting.EXTERNAL,
            LocalDate.of(2026, 1, 12),
            LocalDate.of(2026, 1, 14),
            LocalDate.of(2026, 1, 15));
    TrainingReport report =
        TrainingReport.builder()
            .id("trr-1")
            .trainingId("tr-1")
            .submittedOn(LocalDate.of(2026, 1, 20))
            .place("โรงแรมเชียงใหม่ภูคำ")
            .learned("การประเมินภาษีตามบัญชีราคาประเมินใหม่")
            .plannedUse("ปรับแบบฟอร์มการยื่นภาษีของกองคลัง")
            .build();
    StartingText text = TrainingKnowledge.draft(training, report);
    assertEquals("รายงานผลการฝึกอบรม: การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", text.title());
    assertTrue(text.body().contains("การประเมินภาษีตามบัญชีราคาประเมินใหม่"), text.body());
    assertTrue(text.body().contains("ปรับแบบฟอร์มการยื่นภาษีของกองคลัง"), text.body());
    assertTrue(text.body().contains("โรงแรมเชียงใหม่ภูคำ"), text.body());
    assertTrue(text.body().contains("12 มกราคม พ.ศ. 2569"), text.body());
    assertFalse(text.body().contains("st-1"), text.body());
  }

  @Test
  void anAarAsksTheFourQuestionsAboutItsActivity() {
    String activity = "การจัดความรู้ให้เป็นระบบ";
    StartingText aar =
        KnowledgeTemplates.about(AssetKind.AFTER_ACTION_REVIEW, new ActivityRef(1, 3), activity);
    assertEquals("AAR: การจัดความรู้ให้เป็นระบบ", aar.title());
    int at = -1;
    for (String question : KnowledgeTemplates.AAR_QUESTIONS) {
      int next = aar.body().indexOf(question);
      assertTrue(next > at, "the questions in their order: " + aar.body());
      at = next;
    }
    assertTrue(aar.body().contains("1.3"), aar.body());
    StartingText story = KnowledgeTemplates.about(AssetKind.STORY, new ActivityRef(1, 3), activity);
    assertTrue(story.title().startsWith("เรื่องเล่า"), story.title());
    assertThrows(
        IllegalArgumentException.class,
        () -> KnowledgeTemplates.about(AssetKind.WORK_MANUAL, new ActivityRef(1, 3), activity));
    assertEquals(
        List.of(true, true, false),
        List.of(AssetKind.AFTER_ACTION_REVIEW, AssetKind.STORY, AssetKind.WORK_MANUAL).stream()
            .map(KnowledgeTemplates::hasTemplate)
            .toList());
  }
}
