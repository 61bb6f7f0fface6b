package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A division (ส่วนราชการ: สำนัก or กอง) of the organization, such as กองคลัง.
 *
 * @param code stable short code
 * @param name the Thai name as the plan writes it
 */
public record Division(DivisionCode code, String name) {

  public Division {
    checkArgument(!name.isBlank(), "division %s has a blank name", code);
  }

  // equals and hashCode by the record's own formula, written out: the record's own run through
  // method handles, slow in evaluation's first pass (docs/batch-evaluation-profile.md, MapKeysTest).
  @Override
  public boolean equals(Object o) {
    return o instanceof Division other && code.equals(other.code) && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return 31 * code.hashCode() + name.hashCode();
  }
}
