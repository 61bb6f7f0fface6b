package th.km.persistence.planfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
          && editDistance(lower, candidate.toLowerCase(Locale.ROOT)) <= 2) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Levenshtein distance: how many single-character edits turn one text into the other. */
  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
