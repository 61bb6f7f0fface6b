package th.km.persistence.planfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The text of a plan file with its name, which turns a path into the line and column a person looks
 * at. Jackson's tree keeps no locations, so on an error the text is scanned once more.
 */
final class SourceText {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final String name;
  private final String json;
  private @Nullable Map<FieldPath, PlanFileException.Location> locations;

  SourceText(String name, String json) {
    this.name = name;
    this.json = json;
  }

  String name() {
    return name;
  }

  /** An error at the path, located at the path or, if the path is not in the file, its parent. */
  PlanFileException error(FieldPath path, String problemTh, String problemEn) {
    return error(path, problemTh, problemEn, null);
  }

  PlanFileException error(
      FieldPath path, String problemTh, String problemEn, @Nullable Throwable cause) {
    return new PlanFileException(name, path, locate(path), problemTh, problemEn, cause);
  }

  /** An error at a location the caller knows, such as the one a JSON syntax error reports. */
  PlanFileException error(
      FieldPath path,
      PlanFileException.@Nullable Location location,
      String problemTh,
      String problemEn,
      Throwable cause) {
    return new PlanFileException(name, path, location, problemTh, problemEn, cause);
  }

  private PlanFileException.@Nullable Location locate(FieldPath path) {
    Map<FieldPath, PlanFileException.Location> known = locations();
    for (FieldPath p = path; ; p = p.parent()) {
      PlanFileException.Location location = known.get(p);
      if (location != null || p.isRoot()) {
        return location;
      }
    }
  }

  private Map<FieldPath, PlanFileException.Location> locations() {
    if (locations == null) {
      locations = scan();
    }
    return locations;
  }

  /** The first location of every path in the text: a field's name, an element's first token. */
  private Map<FieldPath, PlanFileException.Location> scan() {
    Map<FieldPath, PlanFileException.Location> found = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(json)) {
      while (parser.nextToken() != null) {
        found.putIfAbsent(pathOf(parser), location(parser.currentTokenLocation()));
      }
    } catch (IOException e) {
      // Only reached for text that is not JSON, whose error already carries its own location;
      // the locations found before the bad token are still right.
    }
    return found;
  }

  /** The path of the parser's current token. */
  static FieldPath pathOf(JsonParser parser) {
    Deque<Object> segments = new ArrayDeque<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
      boolean opensThis =
          c == parser.getParsingContext()
              && (parser.currentToken() == JsonToken.START_OBJECT
                  || parser.currentToken() == JsonToken.START_ARRAY);
      if (opensThis) {
        // The token opens this context, which holds nothing yet: its path is the parent's.
        continue;
      }
      if (c.inObject() && c.getCurrentName() != null) {
        segments.addFirst(c.getCurrentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments.addFirst(c.getCurrentIndex());
      }
    }
    return new FieldPath(List.copyOf(segments));
  }

  static PlanFileException.Location location(JsonLocation location) {
    return new PlanFileException.Location(location.getLineNr(), location.getColumnNr());
  }
}
