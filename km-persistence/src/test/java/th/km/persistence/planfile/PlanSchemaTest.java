package th.km.persistence.planfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.km.core.testing.PlanGenerator;

/**
 * The JSON Schema describes the files km writes, and it refuses and accepts what the reader refuses
 * and accepts (apart from the rules across fields, which only the reader checks).
 */
class PlanSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final JsonSchema SCHEMA = FACTORY.getSchema(tree(PlanJson.schema()), CONFIG);

  @Test
  void theDocsCopyAndTheResourceAreIdentical() throws IOException {
    byte[] docs = Files.readAllBytes(Path.of("..", "docs", "plan.schema.json"));

    assertArrayEquals(
        docs,
        PlanJson.schema().getBytes(StandardCharsets.UTF_8),
        "docs/plan.schema.json and km-persistence/src/main/resources/th/km/persistence/planfile/"
            + "plan.schema.json must be the same file; copy one over the other");
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    JsonSchema meta =
        FACTORY.getSchema(
            SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);

    assertEquals(Set.of(), meta.validate(tree(PlanJson.schema())));
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyWrittenPlanMatchesTheSchema(long seed) {
    String json = PlanJson.write(PlanGenerator.plan(new Random(seed)));

    Set<ValidationMessage> errors = SCHEMA.validate(tree(json));

    assertEquals(Set.of(), errors, () -> "seed " + seed + " gives a file the schema refuses");
  }

  @Test
  void theSeedLikePlanMatchesTheSchema() {
    assertEquals(Set.of(), SCHEMA.validate(tree(PlanJson.write(SeedLikePlan.plan()))));
  }

  static Stream<Arguments> edits() {
    return Stream.of(
        refused("no title", p -> p.remove("title")),
        refused("unknown field", p -> p.put("titel", "แผน")),
        refused("wrong format", p -> p.put("format", "km-records")),
        refused("newer version", p -> p.put("formatVersion", 2)),
        refused("fiscal year as text", p -> p.put("fiscalYear", "2569")),
        refused("fiscal year out of range", p -> p.put("fiscalYear", 2369)),
        refused("organization type", p -> at(p, "/organization").put("type", "MUNICIPALITY")),
        refused("organization code", p -> at(p, "/organization").put("code", "Ban Waen")),
        refused("blank division name", p -> at(p, "/divisions/0").put("name", "  ")),
        refused("impossible date", p -> at(p, "/announcement").put("date", "2026-02-30")),
        refused("Buddhist-era date", p -> at(p, "/announcement").put("date", "2569-03-15")),
        refused(
            "Buddhist-era month",
            p -> at(p, "/goals/0/activities/0/period/months").put("start", "2568-10")),
        refused("step 7 of six", p -> at(p, "/goals/1/activities/0/step").put("number", 7)),
        refused("step 0", p -> at(p, "/goals/0/activities/0/step").put("number", 0)),
        refused("days 0", p -> at(p, "/monitoringRules/0").put("days", 0)),
        refused("days 15.5", p -> at(p, "/monitoringRules/0").put("days", 15.5)),
        refused("rule type", p -> at(p, "/monitoringRules/1").put("type", "manual")),
        refused("rule field of another type", p -> at(p, "/monitoringRules/1").put("days", 15)),
        refused("member without person", p -> at(p, "/committees/1/members/0").remove("position")),
        refused("null list element", p -> ((ArrayNode) p.get("scopes")).addNull()),
        refused("null title", p -> p.putNull("title")),
        refused("goal number 0", p -> at(p, "/goals/0").put("number", 0)),
        accepted("null optional text", p -> p.putNull("preparedBy")),
        accepted("null announcement", p -> p.putNull("announcement")),
        accepted("null date", p -> at(p, "/announcement").putNull("date")),
        accepted("null months", p -> at(p, "/goals/0/activities/0/period").putNull("months")),
        accepted("list left out", p -> p.remove("narrative")),
        accepted("null list", p -> p.putNull("citations")),
        accepted("fields in another order", PlanSchemaTest::reverseFields));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void theSchemaAndTheReaderAgree(String name, Consumer<ObjectNode> edit, boolean accepted) {
    ObjectNode plan = (ObjectNode) tree(PlanJson.write(SeedLikePlan.plan()));
    edit.accept(plan);
    String json = plan.toPrettyString();

    Set<ValidationMessage> errors = SCHEMA.validate(plan);

    if (accepted) {
      assertEquals(Set.of(), errors, name + ": the schema should accept it");
      PlanJson.read(json, name);
    } else {
      assertTrue(!errors.isEmpty(), name + ": the schema should refuse it");
      assertThrows(PlanFileException.class, () -> PlanJson.read(json, name), name);
    }
  }

  private static Arguments refused(String name, Consumer<ObjectNode> edit) {
    return Arguments.of(name, edit, false);
  }

  private static Arguments accepted(String name, Consumer<ObjectNode> edit) {
    return Arguments.of(name, edit, true);
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  private static void reverseFields(ObjectNode plan) {
    ObjectNode copy = plan.deepCopy();
    plan.removeAll();
    copy.properties().stream().toList().reversed().forEach(e -> plan.set(e.getKey(), e.getValue()));
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
