package th.km.persistence.planfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.PlanActivity;
import th.km.core.records.ActivityRef;
import th.km.core.testing.IndicatorGenerator;
import th.km.core.testing.PlanGenerator;

/** Indicators and their rules in the plan file: round trip, schema, documentation and errors. */
class PlanJsonIndicatorsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree(PlanJson.schema()));

  @Test
  void plansWithIndicatorsOfEveryKindSurviveTheRoundTripAndMatchTheSchema() {
    long master = new Random().nextLong();
    Random seeds = new Random(master);
    for (int i = 0; i < 150; i++) {
      long seed = seeds.nextLong();
      KmPlan plan = withIndicators(new Random(seed));
      String text = PlanJson.write(plan);
      KmPlan read = PlanJson.read(text, "seed " + seed);
      assertEquals(plan, read, "seed " + seed);
      assertEquals(text, PlanJson.write(read), "seed " + seed + ": writing again gives the same text");
      assertEquals(Set.of(), SCHEMA.validate(tree(text)), "seed " + seed);
    }
  }

  @Test
  void everyFieldOfIndicatorsIsDocumented() throws IOException {
    String doc = PlanFormatDocTest.fieldDocs();
    Set<String> fields = new TreeSet<>();
    for (long seed = 0; seed < 200; seed++) {
      collectFieldNames(tree(PlanJson.write(withIndicators(new Random(seed)))), fields);
    }
    List<String> undocumented = fields.stream().filter(f -> !doc.contains("`" + f + "`")).toList();
    assertTrue(fields.contains("withFlowchart") && fields.contains("upper"), fields.toString());
    assertEquals(
        List.of(), undocumented, "fields missing from docs/plan-fields.md and plan-indicators.md");
  }

  @Test
  void theDocumentedExampleCarriesItsIndicators() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "plan-format.md"), UTF_8);
    String example = doc.substring(doc.indexOf("```json\n") + 8, doc.indexOf("```", doc.indexOf("```json\n") + 8));
    KmPlan plan = PlanJson.read(example, "plan-format.md");
    IndicatorRule rule = plan.goals().get(0).activities().get(0).indicators().get(0).rule();
    IndicatorRule.Count count = (IndicatorRule.Count) rule;
    assertEquals(5, count.countTarget().value());
    assertEquals("training-report", plan.monitoringIndicators().get(0).ruleKey());
  }

  @Test
  void aMonitoringIndicatorOfARuleThePlanLacksIsNamedByPath() {
    ObjectNode plan = (ObjectNode) tree(PlanJson.write(SeedLikePlan.plan()));
    plan.putArray("monitoringIndicators")
        .addObject()
        .put("monitoringRule", "no-such-rule")
        .put("indicatorText", "ก")
        .put("targetText", "ข")
        .putObject("rule")
        .put("type", "reportOnly")
        .put("unit", "RECORDS");
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> PlanJson.read(plan.toString(), "p.json"));
    assertEquals("monitoringIndicators[0].monitoringRule", e.path());
  }

  @Test
  void aRuleOfUnknownTypeOrWithAFacetItsKindLacksIsRefusedAtItsPath() {
    ObjectNode plan = (ObjectNode) tree(PlanJson.write(SeedLikePlan.plan()));
    ObjectNode activity = (ObjectNode) plan.get("goals").get(0).get("activities").get(0);
    ObjectNode rule =
        activity.putArray("indicators").addObject().put("indicatorText", "ก").put("targetText", "ข")
            .putObject("rule");
    rule.put("type", "tally");
    PlanFileException unknown =
        assertThrows(PlanFileException.class, () -> PlanJson.read(plan.toString(), "p.json"));
    assertEquals("goals[0].activities[0].indicators[0].rule.type", unknown.path());

    rule.put("type", "occurrence").put("atLeast", 1);
    rule.putObject("selector").put("kind", "MEETING").putObject("filter").putArray("trainingKinds").add("SEMINAR");
    PlanFileException facet =
        assertThrows(PlanFileException.class, () -> PlanJson.read(plan.toString(), "p.json"));
    assertEquals("goals[0].activities[0].indicators[0].rule.selector", facet.path());
    assertTrue(facet.problemEn().contains("training_kind"), facet.problemEn());
  }

  @Test
  void aFilterOnADivisionThePlanLacksIsRefused() {
    ObjectNode plan = (ObjectNode) tree(PlanJson.write(SeedLikePlan.plan()));
    ObjectNode activity = (ObjectNode) plan.get("goals").get(0).get("activities").get(0);
    ObjectNode rule =
        activity.putArray("indicators").addObject().put("indicatorText", "ก").put("targetText", "ข")
            .putObject("rule");
    rule.put("type", "occurrence").put("atLeast", 1);
    rule.putObject("selector").put("kind", "MEETING").putObject("filter").putArray("divisions").add("police");
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> PlanJson.read(plan.toString(), "p.json"));
    assertEquals("goals[0].activities[0].indicators[0].rule", e.path());
    assertTrue(e.problemEn().contains("police"), e.problemEn());
  }

  /** A random plan whose activities and monitoring rules carry random indicators. */
  static KmPlan withIndicators(Random random) {
    KmPlan plan = PlanGenerator.plan(random);
    List<DivisionCode> divisions = plan.divisions().stream().map(Division::code).toList();
    Set<ActivityRef> activities = new HashSet<>();
    plan.goals()
        .forEach(g -> g.activities().forEach(a -> activities.add(new ActivityRef(g.number(), a.number()))));
    List<KmGoal> goals = new ArrayList<>();
    for (KmGoal goal : plan.goals()) {
      List<PlanActivity> rows = new ArrayList<>();
      for (PlanActivity activity : goal.activities()) {
        List<Indicator> indicators = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
          indicators.add(indicator(random, divisions, activities));
        }
        rows.add(PlanActivity.builder().from(activity).indicators(indicators).build());
      }
      goals.add(KmGoal.builder().from(goal).activities(rows).build());
    }
    List<MonitoringIndicator> monitoring = new ArrayList<>();
    for (MonitoringRule rule : plan.monitoringRules()) {
      for (int k = random.nextInt(3); k > 0; k--) {
        monitoring.add(new MonitoringIndicator(rule.key(), indicator(random, divisions, activities)));
      }
    }
    return KmPlan.builder().from(plan).goals(goals).monitoringIndicators(monitoring).build();
  }

  /** A random indicator whose filters name only divisions and activities the plan has. */
  private static Indicator indicator(
      Random random, List<DivisionCode> divisions, Set<ActivityRef> activities) {
    while (true) {
      Indicator candidate = IndicatorGenerator.indicator(random, divisions);
      if (filters(candidate.rule()).stream()
          .allMatch(
              f ->
                  divisions.containsAll(f.divisions())
                      && f.activity().map(activities::contains).orElse(true))) {
        return candidate;
      }
    }
  }

  private static List<RecordFilter> filters(IndicatorRule rule) {
    return switch (rule) {
      case IndicatorRule.Count c -> List.of(c.selector().filter());
      case IndicatorRule.Percentage p -> List.of(p.population().staffFilter(), p.qualifying().filter());
      case IndicatorRule.Coverage c -> List.of(c.qualifying().filter());
      case IndicatorRule.DeadlineCompliance d -> List.of(d.trainings());
      case IndicatorRule.Occurrence o -> List.of(o.selector().filter());
      case IndicatorRule.BeforeAfter b -> List.of(b.trainings());
      case IndicatorRule.ReportOnly r -> r.measure().map(RecordSelector::filter).stream().toList();
    };
  }

  private static void collectFieldNames(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        names.add(field.getKey());
        collectFieldNames(field.getValue(), names);
      }
    } else if (node.isArray()) {
      node.forEach(element -> collectFieldNames(element, names));
    }
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
