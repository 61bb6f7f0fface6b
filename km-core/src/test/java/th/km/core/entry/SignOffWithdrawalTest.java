package th.km.core.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.records.SignOff;
import th.km.core.records.TrainingReport;

class SignOffWithdrawalTest {

  private static final LocalDate NOV_1 = LocalDate.of(2025, 11, 1);

  private static final TrainingReport SIGNED =
      TrainingReport.builder()
          .id("training-report-4")
          .trainingId("training-4")
          .submittedOn(NOV_1)
          .addSignOffs(new SignOff("ผู้อำนวยการกองคลัง", NOV_1.plusDays(1), false))
          .addSignOffs(new SignOff("ปลัดเทศบาล", NOV_1.plusDays(2), false))
          .addSignOffs(new SignOff("นายกเทศมนตรี", NOV_1.plusDays(3), true))
          .build();

  @Test
  void theLastSignatureIsWithdrawnAndTheEarlierOnesStay() {
    assertTrue(SignOffWithdrawal.refusal(SIGNED, 3).isEmpty());
    TrainingReport withdrawn = SignOffWithdrawal.withdrawn(SIGNED);
    assertEquals(SIGNED.signOffs().subList(0, 2), withdrawn.signOffs());
    assertTrue(withdrawn.headSignedOn().isEmpty());
  }

  @Test
  void anEarlierSignatureIsRefusedNamingTheReportAndThePosition() {
    Optional<WriteResult.Rejected> refused = SignOffWithdrawal.refusal(SIGNED, 1);
    assertEquals(
        "ถอนการลงนามของ ผู้อำนวยการกองคลัง ในรายงาน training-report-4 ไม่ได้: ยังมีการลงนามถัดไป"
            + " ให้ถอนการลงนามล่าสุด (นายกเทศมนตรี) ก่อน",
        refused.orElseThrow().reasons().get(0).th());
    assertEquals(
        "the signature of ผู้อำนวยการกองคลัง on report training-report-4 cannot be withdrawn while"
            + " later ones stand: withdraw the last one (นายกเทศมนตรี) first",
        refused.orElseThrow().reasons().get(0).en());
  }

  @Test
  void aSignatureTheReportDoesNotHaveIsRefused() {
    assertTrue(SignOffWithdrawal.refusal(SIGNED, 4).isPresent());
    assertTrue(SignOffWithdrawal.refusal(SIGNED, 0).isPresent());
  }
}
