package th.km.web.planedit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the form of one part of the plan (ส่วนของแผน): a heading for each object, an input
 * for each text, number and choice, a line-per-item box for each list of texts, and a button to add
 * to each list of objects. Each input is named by its path and has an anchor id, so that a finding
 * of the checker and an error of the plan file link to it.
 */
public final class PartForm {

  /** The parts of the plan the editor has a page for, in the plan's order. */
  public static final List<String> PARTS =
      List.of(
          "organization", "announcement", "committees", "divisions", "positions", "goals", "form1",
          "scopes", "monitoringRules", "monitoringIndicators", "stepDescriptions", "tools", "narrative");

  /** Top-level fields edited on the announcement's page with it. */
  public static final List<String> HEAD_FIELDS = List.of("title", "preparedBy");

  /** One row of the form. */
  public sealed interface Row {
    /** Where the row points to: its path. */
    String path();

    /** The row's anchor id, from its path. */
    default String anchor() {
      return anchorOf(path());
    }
  }

  /**
   * The heading of an object in a list.
   *
   * @param depth 1 for an item of the part, 2 for an item within it
   * @param label the list's name with the item's number
   * @param removable whether it can be ticked for removal
   */
  public record Heading(String path, int depth, String labelKey, String number, boolean removable)
      implements Row {}

  /**
   * An input.
   *
   * @param labelKey the message key of the field's label
   * @param value what the plan holds
   * @param multiline a box of lines: a list of texts (one item a line) or a long text
   * @param list whether each line is one item of a list
   */
  public record Input(String path, String labelKey, String value, boolean multiline, boolean list)
      implements Row {}

  /** The button that adds an item to the list at the path. */
  public record Add(String path, String labelKey) implements Row {}

  /** Where the rule builder's words and preview of the indicator at the path go. */
  public record Rule(String path) implements Row {}

  private final Map<String, JsonNode> shapes;
  private final List<Row> rows = new ArrayList<>();

  private PartForm(Map<String, JsonNode> shapes) {
    this.shapes = shapes;
  }

  /** The rows of the part of the tree; {@code shapes} gives the template's examples. */
  public static List<Row> rows(PlanTree tree, String part, Map<String, JsonNode> shapes) {
    PartForm form = new PartForm(shapes);
    if (part.equals("announcement")) {
      for (String head : HEAD_FIELDS) {
        form.field(head, tree.part(head), head);
      }
    }
    form.walk(tree.part(part), part, 0);
    return List.copyOf(form.rows);
  }

  /** The anchor id of a path: {@code f-goals-0-activities-2-target}. */
  public static String anchorOf(String path) {
    return "f-" + path.replace("[", "-").replace("]", "").replace('.', '-');
  }

  private void walk(JsonNode node, String path, int depth) {
    JsonNode example = shapes.get(PlanTree.shape(path));
    if (node.isObject() || (node.isMissingNode() && example != null && example.isObject())) {
      if (path.endsWith(".rule")) {
        rows.add(new Rule(path.substring(0, path.length() - ".rule".length())));
      }
      Set<String> names = new LinkedHashSet<>();
      node.fieldNames().forEachRemaining(names::add);
      if (example != null && example.isObject() && !path.endsWith(".rule") && !path.contains(".rule.")) {
        example.fieldNames().forEachRemaining(names::add);
      }
      for (String name : names) {
        if (name.equals("sourceLine")) {
          continue; // where an imported plan's line was read: not the author's to edit
        }
        JsonNode child = node.path(name);
        if (child.isMissingNode() && isStructure(shapes.get(PlanTree.shape(path + "." + name)))) {
          continue; // an absent object (months of a period, a rule's filter) stays absent
        }
        field(path + "." + name, child, name);
      }
    } else if (node.isArray() && isObjectList(node, path)) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        String number = item.has("number") && !item.get("number").isObject() ? item.get("number").asText() : String.valueOf(i + 1);
        rows.add(new Heading(path + "[" + i + "]", depth + 1, label(path), number, true));
        walk(item, path + "[" + i + "]", depth + 1);
      }
      rows.add(new Add(path, label(path)));
    } else {
      field(path, node, lastName(path));
    }
  }

  private void field(String path, JsonNode node, String name) {
    JsonNode example = shapes.get(PlanTree.shape(path));
    if (node.isObject() || isObjectList(node, path) || (node.isMissingNode() && isStructure(example))) {
      walk(node, path, depth(path));
      return;
    }
    String key = "planEdit.field." + name;
    if (node.isArray() || (node.isMissingNode() && example != null && example.isArray())) {
      rows.add(new Input(path, key, PlanTree.lines(node), true, true));
    } else {
      String value = node.isMissingNode() || node.isNull() ? "" : node.asText();
      rows.add(new Input(path, key, value, value.length() > 80 || value.contains("\n"), false));
    }
  }

  private boolean isObjectList(JsonNode node, String path) {
    if (!node.isArray()) {
      return false;
    }
    if (!node.isEmpty()) {
      return node.get(0).isObject();
    }
    JsonNode example = shapes.get(PlanTree.shape(path) + "[]");
    return example != null && example.isObject();
  }

  private static boolean isStructure(JsonNode example) {
    return example != null && (example.isObject() || (example.isArray() && !example.isEmpty() && example.get(0).isObject()));
  }

  private static int depth(String path) {
    return (int) path.chars().filter(c -> c == '[').count();
  }

  private static String label(String listPath) {
    return "planEdit.field." + lastName(listPath);
  }

  private static String lastName(String path) {
    String plain = path.replaceAll("\\[\\d+\\]$", "");
    return plain.substring(plain.lastIndexOf('.') + 1);
  }

  /** Every field name under a node, for tests of the labels. */
  static Set<String> names(JsonNode node) {
    Set<String> out = new LinkedHashSet<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.add(e.getKey());
        out.addAll(names(e.getValue()));
      }
    } else if (node.isArray()) {
      node.forEach(n -> out.addAll(names(n)));
    }
    return out;
  }
}
