package th.km.persistence.records;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import th.km.core.plan.DivisionCode;

/**
 * Reads the coded fields of a records file: a constant of one of the core's enums written by its
 * name, and a division code, which must be one of the plan's when the folder is read with a plan.
 */
final class CodeFields {

  private CodeFields() {}

  /** The constant named, or the first one after reporting on the line that none is so named. */
  static <E extends Enum<E>> E constant(LineIn in, String field, String name, E[] constants) {
    for (E c : constants) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    String allowed = Stream.of(constants).map(Enum::name).collect(Collectors.joining(", "));
    Optional<E> sameButCase =
        Stream.of(constants).filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    in.error(
        field,
        "ไม่มีค่า '" + name + "' ในรายการ ค่าที่ใช้ได้คือ " + allowed
            + sameButCase.map(c -> " (เขียนเป็น " + c.name() + ")").orElse(""),
        "'" + name + "' is not one of " + allowed
            + sameButCase.map(c -> " (write " + c.name() + ")").orElse(""));
    return constants[0];
  }

  /** The division the code names; empty after reporting on the line that it is not a code. */
  static Optional<DivisionCode> division(LineIn in, String field, String code) {
    DivisionCode division;
    try {
      division = DivisionCode.of(code);
    } catch (IllegalArgumentException e) {
      in.error(
          field,
          "รหัสส่วนราชการ '" + code + "' ใช้ไม่ได้: ต้องเป็นอักษรละตินตัวเล็ก ตัวเลข และขีดกลาง เช่น finance",
          "division code '" + code + "' is not allowed: lower-case Latin letters, digits and inner"
              + " dashes, such as finance");
      return Optional.empty();
    }
    FolderContext context = in.context();
    Optional<Set<DivisionCode>> known = context.divisions();
    if (known.isPresent() && !known.get().contains(division)) {
      in.error(
          field,
          "ไม่มีส่วนราชการรหัส " + code + " ในแผน ส่วนราชการในแผนคือ " + context.divisionList(),
          "the plan has no division " + code + "; its divisions are " + context.divisionList());
    }
    return Optional.of(division);
  }
}
