package th.km.persistence.planfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import th.km.core.EditDistance;

/**
 * Finds the field a plan file most likely meant when a required one is missing: one written in
 * the object under a name one or two letters away, so that the message can suggest the typo.
 */
final class FieldNameHints {

  private FieldNameHints() {}

  /**
   * A field of the object, not asked for yet, whose name is one or two edits from the name, in the
   * object's own order.
   */
  static Optional<String> similar(
      String name, Set<Map.Entry<String, JsonNode>> fields, Set<String> asked) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, JsonNode> field : fields) {
      String candidate = field.getKey();
      if (!asked.contains(candidate)
          && EditDistance.between(lower, candidate.toLowerCase(Locale.ROOT)) <= 2) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
