package th.km.persistence.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.Optional;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.persistence.records.RecordsFolder;

/**
 * The fuzz suite's check of what an accepted import stored: no text of any record holds a control
 * character (but line breaks and tabs), a bidi override or isolate, invisible characters only, or
 * more than 20,000 characters.
 */
final class StoredTexts {

  private static final JsonMapper MAPPER = new JsonMapper();

  private StoredTexts() {}

  /** The first text of the year that breaks the rules, with its record. */
  static Optional<String> breach(YearRecords year) {
    for (RecordKind kind : RecordKind.values()) {
      for (YearRecord record : year.ofKind(kind)) {
        String json = RecordsFolder.json(record);
        try {
          Optional<String> found = walk(MAPPER.readTree(json));
          if (found.isPresent()) {
            return Optional.of(found.get() + " in " + RecordsFolderFuzzTest.shorten(json));
          }
        } catch (JsonProcessingException e) {
          return Optional.of("a record km cannot read back: " + json);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> walk(JsonNode node) {
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        Optional<String> found = walk(child);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!node.isTextual()) {
      return Optional.empty();
    }
    String text = node.textValue();
    for (int c : text.codePoints().toArray()) {
      boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
      boolean control =
          (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE)
              && c != '\n' && c != '\r' && c != '\t';
      if (bidi || control) {
        return Optional.of(String.format(Locale.ROOT, "a text with U+%04X", c));
      }
    }
    if (text.codePointCount(0, text.length()) > 20_000) {
      return Optional.of("a text of " + text.length() + " characters");
    }
    if (!text.isEmpty()
        && text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0xFEFF || c == 0x2060)) {
      return Optional.of("a text of invisible characters only");
    }
    return Optional.empty();
  }
}
