package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * A position (ตำแหน่ง) named in the plan, such as ผู้อำนวยการกองคลัง or นักทรัพยากรบุคคล.
 *
 * @param title the Thai title verbatim
 * @param division the division the position heads or belongs to, where the plan says so
 */
public record Position(String title, Optional<DivisionCode> division) {

  public Position {
    checkArgument(!title.isBlank(), "position title must not be blank");
  }

  public static Position of(String title) {
    return new Position(title, Optional.empty());
  }
}
