package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/** The schemas of the served OpenAPI document, to check API answers against. */
public final class ApiSchemas {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private final JsonNode document;

  private ApiSchemas(JsonNode document) {
    this.document = document;
  }

  /** The schemas of the document the server serves. */
  public static ApiSchemas of(TestServer server) {
    return new ApiSchemas(tree(server.browser().get("/api/v1/openapi.json").body()));
  }

  public JsonNode document() {
    return document;
  }

  /** Fails unless the JSON text matches the component schema of the name. */
  public void assertMatches(String schema, String json) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$ref", "#/components/schemas/" + schema);
    root.set("components", document.get("components"));
    JsonSchema s = FACTORY.getSchema(root, CONFIG);
    Set<?> errors = s.validate(tree(json));
    assertEquals(Set.of(), errors, () -> "the answer does not match " + schema + ":\n" + json);
  }

  public static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
