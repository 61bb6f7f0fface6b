package th.km.web;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import th.km.core.testing.fuzz.Hostile;
import th.km.core.testing.fuzz.JsonMutator;
import th.km.core.testing.fuzz.TextMutator;
import th.km.web.entry.EntryPages;

/**
 * The valid input of each form route of the pages and each write of the API, and the malformed
 * requests made from it. A route without a valid input here fails the fuzz suite, so that a new
 * form cannot be left unfuzzed.
 */
final class FormInputs {

  /** The account that may use the route ("" for the anonymous public) and its valid fields. */
  record Target(String account, String path, Map<String, List<String>> fields) {}

  /** One request to send. */
  record Request(String method, String path, String contentType, byte[] body, Map<String, String> headers, String[] echoed) {}

  /** The account a fuzz server has for the sign-in forms, so that a valid sign-in succeeds. */
  static final String SIGN_IN_ACCOUNT = "fuzzer";

  /** The account whose password the accounts page resets and which it deactivates and activates. */
  static final String FUZZED_ACCOUNT = "fuzzed";

  private static final String ORG = "/organizations/{org}";

  private FormInputs() {}

  /** The valid input of a route of the pages or of the API, by the path Javalin knows it by. */
  static Optional<Target> target(String method, String path) {
    String api = "/api/v1" + ORG;
    String entry = ORG + "/" + EntryPages.PATH + "/";
    Map<String, List<String>> none = Map.of();
    if (path.equals("/login") || (path.equals("/api/v1/session") && method.equals("POST"))) {
      return Optional.of(new Target("", path, fields("username", SIGN_IN_ACCOUNT, "password", TestServer.PASSWORD)));
    }
    if (path.equals("/logout") || path.equals("/api/v1/session")) {
      return Optional.of(new Target("staff", path, none));
    }
    if (path.equals(ORG + "/accounts/{username}/lift-throttle") || path.equals(api + "/login-throttles/{username}")) {
      return Optional.of(new Target("secretary", path.replace("{username}", "staff"), none));
    }
    if (path.startsWith(entry)) {
      String slug = path.substring(entry.length());
      return Optional.of(new Target("secretary", path + "?year=2569", EntryValues.valid(slug)));
    }
    if (path.startsWith(api + "/") && EntryValues.FORMS.stream().anyMatch(f -> path.equals(api + "/" + EntryValues.collection(f)))) {
      String collection = path.substring(api.length() + 1);
      String form = EntryValues.FORMS.stream().filter(f -> EntryValues.collection(f).equals(collection)).findFirst().orElseThrow();
      return Optional.of(new Target("secretary", path + "?year=2569", EntryValues.valid(form)));
    }
    Optional<Target> reading = reading(path);
    if (reading.isPresent()) {
      return reading;
    }
    Optional<Target> knowledge = knowledge(path);
    if (knowledge.isPresent()) {
      return knowledge;
    }
    Optional<Target> workplace = workplace(path);
    if (workplace.isPresent()) {
      return workplace;
    }
    if (path.equals(api + "/plan-versions/{number}") && method.equals("PUT")) {
      // A whole plan file is the valid body; the fuzzer's mutations of an empty one are refused.
      return Optional.of(new Target("secretary", path.replace("{number}", "1") + "?year=2569", none));
    }
    if (path.equals(ORG + "/plan/edit/start")) {
      return Optional.of(new Target("secretary", path, fields("year", "2570", "how", "template")));
    }
    if (path.equals(ORG + "/plan/edit")) {
      return Optional.of(
          new Target("secretary", path, fields("year", "2569", "basedOn", "1", "part", "announcement")));
    }
    if (path.equals(ORG + "/plan/versions/{number}/approve") || path.equals(api + "/plan-versions/{number}/approval")) {
      return Optional.of(new Target("cko", path.replace("{number}", "1") + "?year=2569", none));
    }
    return Optional.empty();
  }

  /**
   * Reading the knowledge base: an asset's acknowledgement and mandatory reading, the portal's
   * setting, the templates, and the API's reads, on the fuzz server's fifth knowledge asset.
   */
  private static Optional<Target> reading(String path) {
    String kb = ORG + "/knowledge";
    String api = "/api/v1" + ORG + "/knowledge";
    String asset = "asset-5";
    if (path.equals(kb + "/{asset}/acknowledge") || path.equals(api + "/{asset}/acknowledgement")
        || path.equals(api + "/{asset}/reads")) {
      return Optional.of(new Target("staff", path.replace("{asset}", asset) + "?year=2569", Map.of()));
    }
    if (path.equals(kb + "/{asset}/mandatory")) {
      return Optional.of(
          new Target("secretary", path.replace("{asset}", asset) + "?year=2569", fields("audience", "divisions", "division", "finance")));
    }
    if (path.equals(kb + "/portal")) {
      return Optional.of(new Target("secretary", path, fields("showAuthors", "yes")));
    }
    if (path.equals(kb + "/from-template")) {
      return Optional.of(
          new Target("secretary", path, fields("kind", "STORY", "year", "2569", "activity", "1.1")));
    }
    return Optional.empty();
  }

  /**
   * The knowledge base's forms and API writes, on the asset the fuzz server seeds (its fifth
   * knowledge asset: the test year has four) and its first attachment.
   */
  private static Optional<Target> knowledge(String path) {
    String kb = ORG + "/knowledge";
    String api = "/api/v1" + ORG + "/knowledge";
    Map<String, List<String>> draft =
        fields("title", "คู่มือการรับเรื่อง", "kind", "WORK_MANUAL", "division", "finance", "step", "ORGANIZE",
            "knowledgeType", "EXPLICIT", "tags", "รับเรื่อง, บริการ", "body", "# ขั้นตอน\n1. รับเรื่อง",
            "flowchartMermaid", "flowchart TD\n A --> B", "reviewDue", "30/9/2569", "changeNote", "ฉบับแรก");
    String asset = "asset-5";
    if (path.equals(kb) || path.equals(api)) {
      return Optional.of(new Target("secretary", path + "?year=2569", draft));
    }
    if (path.equals(kb + "/{asset}") || path.equals(api + "/{asset}/versions")) {
      Map<String, List<String>> next = new java.util.LinkedHashMap<>(draft);
      next.put("basedOn", List.of("1"));
      return Optional.of(new Target("secretary", path.replace("{asset}", asset) + "?year=2569", next));
    }
    if (path.equals(kb + "/{asset}/state") || path.equals(api + "/{asset}/state")) {
      return Optional.of(
          new Target("cko", path.replace("{asset}", asset) + "?year=2569", fields("move", "RETURN_TO_DRAFT", "version", "1")));
    }
    if (path.startsWith(kb + "/{asset}/attachments") || path.startsWith(api + "/{asset}/attachments")) {
      return Optional.of(
          new Target("secretary", path.replace("{asset}", asset).replace("{attachment}", "1") + "?year=2569", Map.of()));
    }
    return Optional.empty();
  }

  /** The forms of the tasks page and of the secretary's accounts page. */
  private static Optional<Target> workplace(String path) {
    Map<String, List<String>> none = Map.of();
    String api = "/api/v1" + ORG;
    if (path.equals(api + "/records/<id>")) {
      // The fuzzer's bodies and missing If-Match headers are refused before anything is read.
      return Optional.of(new Target("secretary", path.replace("<id>", "m1") + "?year=2569", none));
    }
    if (path.equals(api + "/record-restorations") || path.equals(ORG + "/deleted-records/restore")) {
      return Optional.of(new Target("secretary", path + "?year=2569", fields("id", "m1")));
    }
    if (path.equals(ORG + "/delete-record")) {
      return Optional.of(
          new Target("secretary", path + "?year=2569", fields("id", "m1", "version", "7", "reason", "ซ้ำ")));
    }
    if (path.equals(ORG + "/tasks/calendar") || path.equals(ORG + "/tasks/calendar/revoke")) {
      return Optional.of(new Target("staff", path + "?year=2569", none));
    }
    if (path.equals(ORG + "/accounts")) {
      return Optional.of(
          new Target(
              "secretary",
              path,
              fields("username", "newcomer", "role", "staff", "division", "finance", "staffId", "", "email", "")));
    }
    if (path.startsWith(ORG + "/accounts/{username}/")) {
      // An account of its own, so that deactivating it locks no other fuzz target out.
      return Optional.of(new Target("secretary", path.replace("{username}", FUZZED_ACCOUNT), none));
    }
    return Optional.empty();
  }

  /** A malformed form post made from the valid fields, with the session's token. */
  static Request form(RandomGenerator g, String path, Map<String, List<String>> valid, String csrf) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    fields.add(new AbstractMap.SimpleEntry<>("_csrf", csrf));
    valid.forEach((k, vs) -> vs.forEach(v -> fields.add(new AbstractMap.SimpleEntry<>(k, v))));
    List<String> echoed = new ArrayList<>();
    String contentType = "application/x-www-form-urlencoded";
    int kind = g.nextInt(20);
    switch (kind) {
      case 0 -> drop(g, fields);
      case 1 -> {
        Map.Entry<String, String> f = fields.get(g.nextInt(fields.size()));
        String v = Hostile.value(g, f.getValue());
        echoed.add(v);
        fields.add(new AbstractMap.SimpleEntry<>(f.getKey(), v));
      }
      case 2 -> fields.add(new AbstractMap.SimpleEntry<>("unexpected", Hostile.value(g, "x")));
      case 3 -> fields.set(0, new AbstractMap.SimpleEntry<>("_csrf", Hostile.value(g, csrf)));
      default -> {
        for (int i = 0, n = 1 + g.nextInt(3); i < n && fields.size() > 1; i++) {
          int at = 1 + g.nextInt(fields.size() - 1);
          String v = Hostile.value(g, fields.get(at).getValue());
          echoed.add(v);
          fields.set(at, new AbstractMap.SimpleEntry<>(fields.get(at).getKey(), v));
        }
      }
    }
    byte[] body = FuzzClient.formBody(fields).getBytes(StandardCharsets.UTF_8);
    switch (g.nextInt(25)) {
      case 0 -> body = TextMutator.bytes(g, body);
      case 1 -> body = (new String(body, StandardCharsets.ISO_8859_1) + "&x=%zz%e0%b8&%ff=1").getBytes(StandardCharsets.ISO_8859_1);
      case 2 -> body = oversized(body);
      case 3 -> contentType = Hostile.value(g, "multipart/form-data");
      case 4 -> contentType = "application/json";
      default -> { }
    }
    return new Request("POST", path(g, path), contentType.replaceAll("[\\x00-\\x1f\\x7f-\\x{10ffff}]", "?"), body, Map.of(), echoed.toArray(String[]::new));
  }

  /** A malformed JSON request made from the valid body, with the session's token in its header. */
  static Request json(RandomGenerator g, String method, String path, String valid, String csrf) {
    String contentType = "application/json";
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-CSRF-Token", csrf);
    String text = JsonMutator.mutate(g, valid);
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    switch (g.nextInt(25)) {
      case 0 -> body = TextMutator.bytes(g, body);
      case 1 -> body = text.getBytes(g.nextBoolean() ? StandardCharsets.UTF_16 : java.nio.charset.Charset.forName("x-windows-874"));
      case 2 -> body = oversized(body);
      case 3 -> contentType = Hostile.value(g, "application/json");
      case 4 -> headers.put("X-CSRF-Token", Hostile.value(g, csrf).replaceAll("[\\x00-\\x1f\\x7f-\\x{10ffff}]", "?"));
      case 5 -> contentType = "application/x-www-form-urlencoded";
      default -> { }
    }
    return new Request(method, path(g, path), contentType.replaceAll("[\\x00-\\x1f\\x7f-\\x{10ffff}]", "?"), body, headers, new String[] {text});
  }

  /** A body over the server's limit of one megabyte. */
  static byte[] oversized(byte[] body) {
    byte[] big = new byte[1_100_000];
    java.util.Arrays.fill(big, (byte) 'a');
    System.arraycopy(body, 0, big, 0, Math.min(body.length, big.length));
    return big;
  }

  /** The path, now and then with a parameter or the year made hostile. */
  static String path(RandomGenerator g, String path) {
    if (g.nextInt(12) != 0) {
      return path;
    }
    String hostile = FuzzClient.enc(Hostile.value(g, "2569"));
    if (path.contains("year=2569")) {
      return path.replace("year=2569", "year=" + hostile);
    }
    String[] parts = path.split("/");
    int at = 1 + g.nextInt(parts.length - 1);
    parts[at] = hostile;
    return String.join("/", parts);
  }

  private static void drop(RandomGenerator g, List<Map.Entry<String, String>> fields) {
    if (fields.size() > 1) {
      fields.remove(1 + g.nextInt(fields.size() - 1));
    }
  }

  private static Map<String, List<String>> fields(String... pairs) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], List.of(pairs[i + 1]));
    }
    return m;
  }
}
