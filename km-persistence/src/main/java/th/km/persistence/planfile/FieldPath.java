package th.km.persistence.planfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in a plan file, written the way a reader finds it by eye: {@code
 * goals[2].activities[0].period.months.start}. The top level is the empty path.
 */
record FieldPath(List<Object> segments) {

  static final FieldPath ROOT = new FieldPath(List.of());

  FieldPath {
    segments = List.copyOf(segments);
  }

  FieldPath field(String name) {
    return append(name);
  }

  FieldPath index(int index) {
    return append(index);
  }

  boolean isRoot() {
    return segments.isEmpty();
  }

  /** The path of the object or array that holds this one; the top level for the top level. */
  FieldPath parent() {
    return isRoot() ? this : new FieldPath(segments.subList(0, segments.size() - 1));
  }

  private FieldPath append(Object segment) {
    List<Object> longer = new ArrayList<>(segments);
    longer.add(segment);
    return new FieldPath(longer);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        if (!out.isEmpty()) {
          out.append('.');
        }
        out.append(segment);
      }
    }
    return out.toString();
  }
}
