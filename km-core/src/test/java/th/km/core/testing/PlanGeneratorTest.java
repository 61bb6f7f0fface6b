package th.km.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.km.core.plan.Framework;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.PlanActivity;

/**
 * The property tests of other modules are only as strong as the plans they get: these tests check
 * that the generator is deterministic and reaches every kind of content.
 */
class PlanGeneratorTest {

  private static final int PLANS = 300;

  @Test
  void theSameSeedGivesTheSamePlan() {
    for (long seed = 0; seed < 20; seed++) {
      assertEquals(
          PlanGenerator.plan(new Random(seed)),
          PlanGenerator.plan(new Random(seed)),
          "seed " + seed);
    }
  }

  @Test
  void generatedPlansReachEveryKindOfContent() {
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < PLANS; seed++) {
      KmPlan plan = PlanGenerator.plan(new Random(seed));
      seen.add("announcement " + plan.announcement().isPresent());
      plan.announcement().ifPresent(a -> seen.add("announcement date " + a.date().isPresent()));
      seen.add("preparedBy " + plan.preparedBy().isPresent());
      seen.add("englishName " + plan.organization().englishName().isPresent());
      plan.monitoringRules().forEach(r -> seen.add(r.getClass().getSimpleName()));
      plan.positions().forEach(p -> seen.add("position division " + p.division().isPresent()));
      plan.form1().forEach(f -> seen.add("form1 division " + f.division().isPresent()));
      plan.committees().forEach(c -> seen.add("remit " + c.remit().isPresent()));
      plan.goals().forEach(g -> seen.add(g.framework().name()));
      for (PlanActivity a : plan.goals().stream().flatMap(g -> g.activities().stream()).toList()) {
        seen.add("months " + a.period().months().isPresent());
        seen.add("note " + a.note().isPresent());
        seen.add("sourceLine " + a.sourceLine().isPresent());
        seen.add("gap " + (a.number() > 1));
        addCharacters(a.name() + a.method() + a.target(), seen);
      }
      plan.citations().forEach(c -> seen.add("line " + c.location().line().isPresent()));
    }
    List<String> expected = new ArrayList<>();
    for (boolean b : new boolean[] {true, false}) {
      for (String part :
          List.of(
              "announcement",
              "announcement date",
              "preparedBy",
              "englishName",
              "position division",
              "form1 division",
              "remit",
              "months",
              "note",
              "sourceLine",
              "line")) {
        expected.add(part + " " + b);
      }
    }
    for (Framework f : Framework.values()) {
      expected.add(f.name());
    }
    for (Class<?> type : MonitoringRule.class.getPermittedSubclasses()) {
      expected.add(type.getSimpleName());
    }
    expected.addAll(
        List.of("Thai digit", "Arabic digit", "quote", "backslash", "newline", "emoji"));
    List<String> missing = expected.stream().filter(e -> !seen.contains(e)).toList();
    assertTrue(missing.isEmpty(), "never generated in " + PLANS + " plans: " + missing);
  }

  private static void addCharacters(String text, Set<String> seen) {
    if (text.chars().anyMatch(c -> c >= '๐' && c <= '๙')) {
      seen.add("Thai digit");
    }
    if (text.chars().anyMatch(c -> c >= '0' && c <= '9')) {
      seen.add("Arabic digit");
    }
    if (text.contains("\"")) {
      seen.add("quote");
    }
    if (text.contains("\\")) {
      seen.add("backslash");
    }
    if (text.contains("\n")) {
      seen.add("newline");
    }
    if (text.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
      seen.add("emoji");
    }
  }
}
