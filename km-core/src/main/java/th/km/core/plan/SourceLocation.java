package th.km.core.plan;

import java.util.Optional;

/**
 * Where in the plan document something was read: a section name and, for imported text, the line.
 *
 * @param section a short English section name such as "announcement" or "goal 3"
 * @param line the 1-based line of the source text, when known
 */
public record SourceLocation(String section, Optional<Integer> line) {

  public static SourceLocation of(String section) {
    return new SourceLocation(section, Optional.empty());
  }

  public static SourceLocation of(String section, int line) {
    return new SourceLocation(section, Optional.of(line));
  }

  @Override
  public String toString() {
    return line.map(l -> section + " (line " + l + ")").orElse(section);
  }
}
