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
}
