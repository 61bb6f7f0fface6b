package th.km.persistence.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.Framework;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmToolKind;
import th.km.core.plan.OrganizationType;
import th.km.core.testing.PlanGenerator;

/**
 * The plan file's documents stay true: docs/plan-format.md's example is a valid plan, and
 * docs/plan-fields.md and docs/plan-indicators.md document every field and constant.
 */
class PlanFormatDocTest {

  private static final Path DOC = Path.of("..", "docs", "plan-format.md");
  private static final Path FIELDS_DOC = Path.of("..", "docs", "plan-fields.md");
  private static final Path INDICATORS_DOC = Path.of("..", "docs", "plan-indicators.md");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theExampleIsAValidPlanFile() throws IOException {
    String example = jsonBlocks().getFirst();

    KmPlan plan = PlanJson.read(example, "plan-format.md");

    assertEquals("บ้านแหวน", plan.organization().name());
    assertEquals(
        Set.of(),
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(tree(PlanJson.schema()))
            .validate(tree(example)));
  }

  @Test
  void everyFieldKmWritesIsDocumented() throws IOException {
    String doc = fieldDocs();
    Set<String> fields = new TreeSet<>();
    collectFieldNames(tree(PlanJson.write(SeedLikePlan.plan())), fields);
    for (long seed = 0; seed < 100; seed++) {
      collectFieldNames(tree(PlanJson.write(PlanGenerator.plan(new Random(seed)))), fields);
    }

    List<String> undocumented = fields.stream().filter(f -> !doc.contains("`" + f + "`")).toList();

    assertTrue(fields.size() > 60, "the plans reach most fields: " + fields);
    assertEquals(
        List.of(), undocumented, "fields missing from docs/plan-fields.md and plan-indicators.md");
  }

  @Test
  void everyEnumConstantIsDocumented() throws IOException {
    String doc = Files.readString(FIELDS_DOC, StandardCharsets.UTF_8);
    List<String> undocumented =
        Stream.of(
                OrganizationType.values(),
                CommitteeKind.values(),
                CommitteeRole.values(),
                KmToolKind.values(),
                Framework.values())
            .flatMap(Stream::of)
            .map(Enum::name)
            .filter(name -> !doc.contains("`" + name + "`"))
            .toList();

    assertEquals(List.of(), undocumented);
  }

  @Test
  void theThreeDocumentsLinkToEachOther() throws IOException {
    for (Path from : List.of(DOC, FIELDS_DOC, INDICATORS_DOC)) {
      String doc = Files.readString(from, StandardCharsets.UTF_8);
      for (Path to : List.of(DOC, FIELDS_DOC, INDICATORS_DOC)) {
        String link = "](" + to.getFileName() + ")";
        assertTrue(from.equals(to) || doc.contains(link), from + " links to " + to);
      }
    }
  }

  /** The documents of the plan file's fields: the plan's own, and its indicators'. */
  static String fieldDocs() throws IOException {
    return Files.readString(FIELDS_DOC, StandardCharsets.UTF_8)
        + Files.readString(INDICATORS_DOC, StandardCharsets.UTF_8);
  }

  private static List<String> jsonBlocks() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(doc);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertTrue(!blocks.isEmpty(), "the document has a ```json example");
    return blocks;
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
