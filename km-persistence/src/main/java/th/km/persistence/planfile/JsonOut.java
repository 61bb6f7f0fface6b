package th.km.persistence.planfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The writing side of the plan file's JSON, as {@link JsonIn} is the reading side: the node
 * factory, an optional text left out when empty, and lists written as arrays.
 */
final class JsonOut {

  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonOut() {}

  static void putOptional(ObjectNode o, String field, Optional<String> value) {
    value.ifPresent(v -> o.put(field, v));
  }

  static ArrayNode texts(List<String> texts) {
    ArrayNode array = JSON.arrayNode(texts.size());
    texts.forEach(array::add);
    return array;
  }

  static <T> ArrayNode array(List<T> items, Function<T, ? extends JsonNode> write) {
    ArrayNode array = JSON.arrayNode(items.size());
    items.forEach(item -> array.add(write.apply(item)));
    return array;
  }
}
