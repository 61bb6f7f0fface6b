package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;

/**
 * One step of a report's routing up the chain of command (เสนอผู้บังคับบัญชาตามลำดับชั้น).
 *
 * @param position the signer's position, verbatim ("ผู้อำนวยการกองคลัง")
 * @param signedOn the day of the signature
 * @param head whether the signer is the head of the organization (the mayor), where routing ends
 */
public record SignOff(String position, LocalDate signedOn, boolean head) {

  public SignOff {
    checkArgument(!position.isBlank(), "a sign-off on %s names no position", signedOn);
  }
}
