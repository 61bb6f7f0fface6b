package th.km.core.entry;

import java.util.List;
import java.util.Optional;
import th.km.core.records.SignOff;
import th.km.core.records.TrainingReport;

/**
 * The withdrawal of a signature from a post-training report's chain (a signature entered with the
 * wrong date or position): only the last signature of the chain can be withdrawn, so that the
 * signatures left still follow the plan's order; withdrawing an earlier one while later ones stand
 * is refused, naming the report and the position.
 */
public final class SignOffWithdrawal {

  private SignOffWithdrawal() {}

  /**
   * Why the signature at {@code ordinal} (1 for the first) of the report cannot be withdrawn; empty
   * when it is the last one of the chain.
   */
  public static Optional<WriteResult.Rejected> refusal(TrainingReport report, int ordinal) {
    List<SignOff> chain = report.signOffs();
    if (ordinal < 1 || ordinal > chain.size()) {
      return Optional.of(
          WriteResult.Rejected.because(
              "รายงาน " + report.id() + " ไม่มีการลงนามลำดับที่ " + ordinal,
              "report " + report.id() + " has no signature number " + ordinal));
    }
    if (ordinal < chain.size()) {
      String position = chain.get(ordinal - 1).position();
      String last = chain.get(chain.size() - 1).position();
      return Optional.of(
          WriteResult.Rejected.because(
              "ถอนการลงนามของ "
                  + position
                  + " ในรายงาน "
                  + report.id()
                  + " ไม่ได้: ยังมีการลงนามถัดไป ให้ถอนการลงนามล่าสุด ("
                  + last
                  + ") ก่อน",
              "the signature of "
                  + position
                  + " on report "
                  + report.id()
                  + " cannot be withdrawn while later ones stand: withdraw the last one ("
                  + last
                  + ") first"));
    }
    return Optional.empty();
  }

  /** The report without its last signature. */
  public static TrainingReport withdrawn(TrainingReport report) {
    List<SignOff> chain = report.signOffs();
    return TrainingReport.builder()
        .from(report)
        .signOffs(chain.subList(0, Math.max(0, chain.size() - 1)))
        .build();
  }
}
