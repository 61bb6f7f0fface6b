package th.km.web.planedit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import th.km.core.plan.KmPlan;
import th.km.persistence.planfile.PlanJson;

/**
 * A plan as the editor's forms see it: the tree of its plan file (docs/plan-format.md), each text,
 * number and choice by its path, such as {@code goals[0].activities[2].target}. The form of a part
 * sends each field under its path; {@link #set} puts a value back with the type it had, and the
 * edited tree is read back through {@link PlanJson#read}, so that the editor accepts exactly what a
 * plan file may hold and names a bad field by the same path.
 */
public final class PlanTree {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9]+)|\\[(\\d+)\\]");

  private final ObjectNode root;

  private PlanTree(ObjectNode root) {
    this.root = root;
  }

  /** The tree of a plan. */
  public static PlanTree of(KmPlan plan) {
    try {
      return new PlanTree((ObjectNode) MAPPER.readTree(PlanJson.write(plan)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("km always reads the plan file it writes", e);
    }
  }

  /** A copy of this tree that can be changed without changing this one. */
  public PlanTree copy() {
    return new PlanTree(root.deepCopy());
  }

  /** The top-level value of a part, such as {@code goals}; a missing node when the plan has none. */
  public JsonNode part(String name) {
    return root.path(name);
  }

  /** The node at the path; a missing node when there is none. */
  public JsonNode at(String path) {
    JsonNode node = root;
    for (Object segment : segments(path)) {
      node = segment instanceof Integer i ? node.path(i) : node.path((String) segment);
    }
    return node;
  }

  /**
   * Puts the text the form sent at the path, with the type the value had there: a number stays a
   * number, a list of texts takes one item per line, a text left empty where the field was absent
   * stays absent.
   *
   * @return a problem key when the text cannot be that type (a number that is no number)
   */
  public Optional<String> set(String path, String text, @Nullable JsonNode prototype) {
    List<Object> segs = segments(path);
    if (segs.isEmpty()) {
      return Optional.of("planEdit.error.badPath");
    }
    String value = text.replace("\r\n", "\n");
    if (value.isBlank() && at(path).isMissingNode()) {
      return Optional.empty();
    }
    JsonNode parent = root;
    for (Object segment : segs.subList(0, segs.size() - 1)) {
      JsonNode next = segment instanceof Integer i ? parent.path(i) : parent.path((String) segment);
      if ((next.isMissingNode() || next.isNull())
          && parent instanceof ObjectNode holder
          && segment instanceof String name) {
        next = holder.putObject(name); // a part the plan left out, now written
      }
      parent = next;
    }
    Object last = segs.get(segs.size() - 1);
    if (!(parent instanceof ObjectNode object) || !(last instanceof String field)) {
      return Optional.of("planEdit.error.badPath");
    }
    JsonNode old = object.has(field) ? object.get(field) : prototype;
    if (old != null && old.isArray()) {
      if (!value.equals(lines(old))) {
        ArrayNode items = object.putArray(field);
        value.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(items::add);
      }
    } else if (old != null && old.isIntegralNumber()) {
      String digits = th.km.core.calendar.ThaiDigits.toArabic(value.strip());
      if (!digits.matches("-?[0-9]{1,9}")) {
        return Optional.of("planEdit.error.notANumber");
      }
      object.put(field, Integer.parseInt(digits));
    } else if (old != null && old.isBoolean()) {
      object.put(field, "true".equals(value));
    } else if (value.isBlank() && !object.has(field)) {
      return Optional.empty();
    } else if (value.isBlank() && old != null && old.isTextual() && optionalText(object, field)) {
      object.remove(field);
    } else {
      object.put(field, value);
    }
    return Optional.empty();
  }

  /** Removes the items of lists at the paths, such as {@code goals[1]}, later items first. */
  public void remove(List<String> paths) {
    paths.stream()
        .sorted((a, b) -> b.compareTo(a))
        .forEach(
            path -> {
              List<Object> segs = segments(path);
              if (segs.isEmpty() || !(segs.get(segs.size() - 1) instanceof Integer index)) {
                return;
              }
              JsonNode list = at(path.substring(0, path.lastIndexOf('[')));
              if (list instanceof ArrayNode items && index < items.size()) {
                items.remove(index);
              }
            });
  }

  /**
   * Adds an item to the list at the path, a copy of the prototype: the example of the template, its
   * {@code number} one more than the list's last.
   */
  public void add(String path, JsonNode prototype) {
    JsonNode list = at(path);
    if (!(list instanceof ArrayNode items)) {
      return;
    }
    JsonNode item = prototype.deepCopy();
    if (item instanceof ObjectNode object && object.has("number")) {
      int last = 0;
      for (JsonNode existing : items) {
        last = Math.max(last, existing.path("number").asInt(0));
      }
      object.put("number", last + 1);
    }
    items.add(item);
  }

  /** The plan in the tree, or a {@code PlanFileException} naming the bad field's path. */
  public KmPlan plan(String sourceName) {
    return PlanJson.read(root.toString(), sourceName);
  }

  /** The tree's own nodes, for reading. */
  public ObjectNode root() {
    return root;
  }

  /** A list of texts as the form shows it, one item per line. */
  public static String lines(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return String.join("\n", out);
  }

  /** The segments of a path: names and list indices. */
  static List<Object> segments(String path) {
    List<Object> out = new ArrayList<>();
    Matcher m = SEGMENT.matcher(path);
    int at = 0;
    while (m.find()) {
      if (m.start() != at && !(m.start() == at + 1 && path.charAt(at) == '.')) {
        return List.of();
      }
      out.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
      at = m.end();
    }
    return at == path.length() ? out : List.of();
  }

  /** The path with every list index left out: {@code goals[].activities[].target}. */
  public static String shape(String path) {
    return path.replaceAll("\\[\\d+\\]", "[]");
  }

  /** Fields whose text the plan file may leave out: an emptied one is left out, not kept empty. */
  private static boolean optionalText(ObjectNode object, String field) {
    return OPTIONAL.contains(field);
  }

  private static final List<String> OPTIONAL =
      List.of(
          "preparedBy", "englishName", "district", "province", "signerName", "signerPosition",
          "personName", "position", "remit", "note", "date", "division");

  /**
   * Every node of the template by the shape of its path ({@code goals[].activities[]} is the
   * example activity): a new list item starts as a copy of the example, and a field a plan leaves
   * out is still offered when the example has it.
   */
  public static Map<String, JsonNode> shapes(PlanTree template) {
    Map<String, JsonNode> out = new java.util.HashMap<>();
    collect(template.root, "", out);
    return out;
  }

  private static void collect(JsonNode node, String path, Map<String, JsonNode> out) {
    out.putIfAbsent(shape(path), node);
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", out);
      }
    }
  }
}
