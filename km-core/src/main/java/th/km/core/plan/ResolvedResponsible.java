package th.km.core.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A responsible text (ผู้รับผิดชอบ) resolved against a plan: the parties it names, in the order
 * written, and the parts it could not resolve.
 *
 * @param text the responsible text, verbatim
 * @param parties what each part of the text names
 */
public record ResolvedResponsible(String text, List<ResponsibleParty> parties) {

  public ResolvedResponsible {
    parties = List.copyOf(parties);
  }

  /** Every division any party stands for or belongs to, each once, in the order first named. */
  public List<Division> divisions() {
    Set<Division> all = new LinkedHashSet<>();
    parties.forEach(p -> all.addAll(p.divisions()));
    return List.copyOf(all);
  }

  /** The parts that name nothing the plan knows, verbatim. */
  public List<String> unknownParts() {
    return parties.stream()
        .filter(ResponsibleParty.Unknown.class::isInstance)
        .map(ResponsibleParty::text)
        .toList();
  }

  /** Whether every part names a division, a group of staff, a committee or a position. */
  public boolean isFullyResolved() {
    return !parties.isEmpty() && unknownParts().isEmpty();
  }
}
