package th.km.web.planedit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Two versions of a plan compared part by part (เปรียบเทียบฉบับ): each text, number and list item
 * of the plan file is one line, "เป้าหมาย KM 2 › กิจกรรม 3 › ค่าเป้าหมาย: ...", and the lines of a
 * part are compared in order (longest common subsequence), so that an activity inserted in the
 * middle shows as added rather than as every later activity changed. A line removed and a line
 * added at one place with the same label are shown as one change, before and after.
 */
public final class PlanDiff {

  /** What happened to a line. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /**
   * One change.
   *
   * @param kind added, removed or changed
   * @param label where, in the words {@code labels} gave
   * @param before the value in the older version; empty when added
   * @param after the value in the newer version; empty when removed
   */
  public record Change(Kind kind, String label, String before, String after) {}

  /** The changes of one part, named by its path such as {@code goals}. */
  public record PartChanges(String part, List<Change> changes) {}

  private record Line(String label, String value) {}

  private PlanDiff() {}

  /**
   * The parts that differ between the trees, in the plan's order.
   *
   * @param labels the word for a field's name ({@code target} → "ค่าเป้าหมาย")
   */
  public static List<PartChanges> compare(PlanTree from, PlanTree to, Function<String, String> labels) {
    List<String> parts = new ArrayList<>(PartForm.HEAD_FIELDS);
    parts.add("fiscalYear");
    parts.addAll(PartForm.PARTS);
    List<PartChanges> out = new ArrayList<>();
    for (String part : parts) {
      List<Line> a = new ArrayList<>();
      List<Line> b = new ArrayList<>();
      lines(from.part(part), labels.apply(part), labels, a);
      lines(to.part(part), labels.apply(part), labels, b);
      List<Change> changes = diff(a, b);
      if (!changes.isEmpty()) {
        out.add(new PartChanges(part, changes));
      }
    }
    return out;
  }

  private static void lines(JsonNode node, String label, Function<String, String> labels, List<Line> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("sourceLine")) {
          lines(e.getValue(), label + " › " + labels.apply(e.getKey()), labels, out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (item.isObject()) {
          String number = item.has("number") && item.get("number").isInt() ? item.get("number").asText() : String.valueOf(i + 1);
          lines(item, label + " " + number, labels, out);
        } else {
          out.add(new Line(label, item.asText()));
        }
      }
    } else if (!node.isMissingNode() && !node.isNull()) {
      out.add(new Line(label, node.asText()));
    }
  }

  private static List<Change> diff(List<Line> a, List<Line> b) {
    int n = a.size();
    int m = b.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Change> out = new ArrayList<>();
    List<Line> removed = new ArrayList<>();
    List<Line> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        flush(removed, added, out);
        i++;
        j++;
      } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
        added.add(b.get(j++));
      } else {
        removed.add(a.get(i++));
      }
    }
    flush(removed, added, out);
    return out;
  }

  /** A run of removed and added lines: those with one label become changes, in order. */
  private static void flush(List<Line> removed, List<Line> added, List<Change> out) {
    List<Line> unmatched = new ArrayList<>(added);
    for (Line r : removed) {
      Line pair = unmatched.stream().filter(a -> a.label().equals(r.label())).findFirst().orElse(null);
      if (pair != null) {
        unmatched.remove(pair);
        out.add(new Change(Kind.CHANGED, r.label(), r.value(), pair.value()));
      } else {
        out.add(new Change(Kind.REMOVED, r.label(), r.value(), ""));
      }
    }
    for (Line a : unmatched) {
      out.add(new Change(Kind.ADDED, a.label(), "", a.value()));
    }
    removed.clear();
    added.clear();
  }
}
