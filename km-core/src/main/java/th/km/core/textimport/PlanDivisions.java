package th.km.core.textimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.Position;

/**
 * The plan's divisions (ส่วนราชการ) and positions, gathered from every place the document names
 * them (committee seats, Form 1), each division given a code.
 */
final class PlanDivisions {

  private PlanDivisions() {}

  /**
   * The divisions in document order, one per code: commonly named divisions get their usual code,
   * others "division-N". Two spellings of one division keep the first.
   */
  static List<Division> divisions(Map<Integer, List<String>> namesByLine) {
    List<Division> divisions = new ArrayList<>();
    namesByLine.keySet().stream()
        .sorted()
        .forEach(
            line -> {
              for (String name : namesByLine.get(line)) {
                if (codeOf(name, divisions).isPresent()) {
                  continue;
                }
                String code =
                    DivisionNames.knownCode(name).orElse("division-" + (divisions.size() + 1));
                divisions.add(new Division(DivisionCode.of(code), name));
              }
            });
    return divisions;
  }

  /** The code of the division with the name, white space ignored, or of its common kind. */
  static Optional<DivisionCode> codeOf(String name, List<Division> divisions) {
    String n = Text.squeeze(name);
    Optional<DivisionCode> same =
        divisions.stream()
            .filter(d -> Text.squeeze(d.name()).equals(n))
            .map(Division::code)
            .findFirst();
    if (same.isPresent()) {
      return same;
    }
    Optional<String> known = DivisionNames.knownCode(name);
    return divisions.stream()
        .map(Division::code)
        .filter(c -> known.isPresent() && c.value().equals(known.get()))
        .findFirst();
  }

  static List<Position> positions(List<String> titles, List<Division> divisions) {
    List<Position> positions = new ArrayList<>();
    for (String title : titles) {
      if (positions.stream().noneMatch(p -> p.title().equals(title))) {
        positions.add(
            new Position(
                title, DivisionNames.headedBy(title).flatMap(name -> codeOf(name, divisions))));
      }
    }
    return positions;
  }
}
