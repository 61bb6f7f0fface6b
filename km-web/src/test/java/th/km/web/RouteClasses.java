package th.km.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may use each route of the server, written down by hand from docs/web.md, independently of the
 * access rules in the code: {@link RoleMatrixTest} walks every route the running server has and
 * fails for one that is not listed here, so a new route has to be classified before it ships.
 */
final class RouteClasses {

  /** Every account of the test organization, by username. */
  static final Set<String> ACCOUNTS = Set.of("cko", "chair", "secretary", "head", "staff", "prasert");

  /** Anyone, signed in or not. */
  static final Set<String> ANYONE = Set.of();

  private static final Set<String> SECRETARY = Set.of("secretary");
  private static final Set<String> PLANNERS = Set.of("secretary", "cko", "chair");
  private static final Set<String> APPROVERS = Set.of("cko", "chair");
  private static final Set<String> EDITORS = Set.of("secretary", "head");
  private static final Set<String> RECORDERS = Set.of("secretary", "head", "staff", "prasert");
  private static final Set<String> SIGNERS = Set.of("cko", "chair", "secretary", "head");
  private static final Set<String> COMMITTEE = Set.of("secretary", "cko", "chair");
  /** Every role but staff: they read the whole organization (the staff list). */
  private static final Set<String> READERS = Set.of("cko", "chair", "secretary", "head");

  private static final String ORG = "/organizations/{org}";
  private static final String API = "/api/v1/organizations/{org}";

  private RouteClasses() {}

  /** {@code "GET /path"} to the accounts that may use it; {@link #ANYONE} for a public route. */
  static Map<String, Set<String>> all() {
    Map<String, Set<String>> c = new LinkedHashMap<>();
    c.put("GET /", ANYONE);
    c.put("GET /login", ANYONE);
    c.put("POST /login", ANYONE);
    c.put("POST /logout", ACCOUNTS);
    for (String page : List.of("overview", "indicators/{indicator}", "trainings", "assets", "findings",
        "records/<id>", "action-plan", "committees", "knowledge-map", "scopes", "record", "plan")) {
      c.put("GET " + ORG + "/" + page, ACCOUNTS);
    }
    c.put("GET " + ORG + "/accounts", SECRETARY);
    c.put("POST " + ORG + "/accounts/{username}/lift-throttle", SECRETARY);
    // Staff record their own trainings, reports and acknowledgements; the rest is the editors'.
    for (String form : List.of("training", "training-report", "acknowledgement")) {
      c.put("GET " + ORG + "/record/" + form, RECORDERS);
      c.put("POST " + ORG + "/record/" + form, RECORDERS);
    }
    for (String form : List.of("supervisor-rating", "knowledge-asset", "meeting", "progress-update", "recognition")) {
      c.put("GET " + ORG + "/record/" + form, EDITORS);
      c.put("POST " + ORG + "/record/" + form, EDITORS);
    }
    c.put("GET " + ORG + "/record/sign-off", SIGNERS);
    c.put("POST " + ORG + "/record/sign-off", SIGNERS);
    c.put("GET " + ORG + "/record/monitoring-note", COMMITTEE);
    c.put("POST " + ORG + "/record/monitoring-note", COMMITTEE);
    c.put("GET " + ORG + "/record/knowledge-access", EDITORS);
    c.put("POST " + ORG + "/record/knowledge-access", EDITORS);
    c.put("GET " + ORG + "/record/evaluation-report", COMMITTEE);
    c.put("POST " + ORG + "/record/evaluation-report", COMMITTEE);
    c.put("POST " + ORG + "/plan/versions/{number}/approve", APPROVERS);
    c.put("GET " + ORG + "/plan/import", PLANNERS);
    c.put("POST " + ORG + "/plan/import", PLANNERS);
    c.put("GET " + ORG + "/plan/import/review", PLANNERS);
    c.put("POST " + ORG + "/plan/import/review", PLANNERS);
    c.put("GET /public/{org}/{year}", ANYONE);
    c.put("GET /api/v1/session", ANYONE);
    c.put("POST /api/v1/session", ANYONE);
    c.put("DELETE /api/v1/session", ACCOUNTS);
    for (String read : List.of("committees", "knowledge-map", "scopes", "action-plan", "results",
        "results/{indicator}", "trainings", "assets", "findings", "tables/{name}", "records/<id>",
        "plan-versions")) {
      c.put("GET " + API + "/" + read, ACCOUNTS);
    }
    c.put("GET " + API + "/public", ANYONE);
    c.put("GET " + API + "/documents/plan", ACCOUNTS);
    c.put("GET " + API + "/documents/report", ACCOUNTS);
    c.put("GET /public/{org}/{year}/plan.pdf", ANYONE);
    c.put("POST " + API + "/plan-versions/{number}/approval", APPROVERS);
    c.put("POST " + API + "/plan-imports", PLANNERS);
    c.put("GET " + API + "/login-throttles", SECRETARY);
    c.put("DELETE " + API + "/login-throttles/{username}", SECRETARY);
    for (String collection : List.of("trainings", "training-reports", "acknowledgements")) {
      c.put("POST " + API + "/" + collection, RECORDERS);
    }
    for (String collection : List.of("supervisor-ratings", "knowledge-assets", "meetings", "progress-updates", "recognitions")) {
      c.put("POST " + API + "/" + collection, EDITORS);
    }
    c.put("POST " + API + "/sign-offs", SIGNERS);
    c.put("POST " + API + "/monitoring-notes", COMMITTEE);
    c.put("POST " + API + "/knowledge-accesses", EDITORS);
    c.put("POST " + API + "/evaluation-reports", COMMITTEE);
    c.put("GET /api/v1/openapi.json", ANYONE);
    workplace(c);
    planEditor(c);
    national(c);
    search(c);
    reading(c);
    knowledge(c);
    return c;
  }

  /** The knowledge base's search: its results for accounts and the public portal's for anyone. */
  private static void search(Map<String, Set<String>> c) {
    c.put("GET " + ORG + "/knowledge/search", ACCOUNTS);
    c.put("GET /public/{org}/knowledge/search", ANYONE);
    c.put("GET " + API + "/search", ACCOUNTS);
  }

  /** Reading the knowledge base: the public portal, mandatory reading, templates, the API's reads. */
  private static void reading(Map<String, Set<String>> c) {
    c.put("GET /public/{org}/knowledge", ANYONE);
    c.put("GET /public/{org}/knowledge/{asset}", ANYONE);
    c.put("POST " + ORG + "/knowledge/{asset}/acknowledge", ACCOUNTS);
    c.put("POST " + ORG + "/knowledge/{asset}/mandatory", SECRETARY);
    c.put("GET " + ORG + "/knowledge/portal", SECRETARY);
    c.put("POST " + ORG + "/knowledge/portal", SECRETARY);
    c.put("POST " + ORG + "/knowledge/from-template", EDITORS);
    c.put("POST " + API + "/knowledge/{asset}/reads", ACCOUNTS);
    c.put("GET " + API + "/knowledge/{asset}/readers", ACCOUNTS);
    c.put("POST " + API + "/knowledge/{asset}/acknowledgement", ACCOUNTS);
    c.put("GET " + API + "/mandatory-readings", ACCOUNTS);
  }

  /**
   * The knowledge base: everyone reads (readers only what is approved or published, a check of the
   * handler), the editors write (division heads their own division's, also the handler's), and
   * every role but staff moves versions through the workflow as its role allows.
   */
  private static void knowledge(Map<String, Set<String>> c) {
    String kb = ORG + "/knowledge";
    String asset = kb + "/{asset}";
    c.put("GET " + kb, ACCOUNTS);
    c.put("POST " + kb, EDITORS);
    c.put("GET " + kb + "/new", EDITORS);
    c.put("GET " + kb + "/lpa", ACCOUNTS);
    c.put("GET " + asset, ACCOUNTS);
    c.put("POST " + asset, EDITORS);
    c.put("GET " + asset + "/edit", EDITORS);
    c.put("GET " + asset + "/versions", ACCOUNTS);
    c.put("POST " + asset + "/state", SIGNERS);
    c.put("POST " + asset + "/attachments", EDITORS);
    c.put("GET " + asset + "/attachments/{attachment}", ACCOUNTS);
    c.put("POST " + asset + "/attachments/{attachment}/remove", EDITORS);
    String api = API + "/knowledge";
    String apiAsset = api + "/{asset}";
    c.put("GET " + api, ACCOUNTS);
    c.put("POST " + api, EDITORS);
    c.put("GET " + apiAsset, ACCOUNTS);
    c.put("GET " + apiAsset + "/versions", ACCOUNTS);
    c.put("POST " + apiAsset + "/versions", EDITORS);
    c.put("POST " + apiAsset + "/state", SIGNERS);
    c.put("GET " + apiAsset + "/attachments", ACCOUNTS);
    c.put("POST " + apiAsset + "/attachments", EDITORS);
    c.put("GET " + apiAsset + "/attachments/{attachment}", ACCOUNTS);
    c.put("DELETE " + apiAsset + "/attachments/{attachment}", EDITORS);
  }

  /** Staff members, accounts and each account's tasks and calendar feed. */
  private static void workplace(Map<String, Set<String>> c) {
    c.put("GET " + ORG + "/staff", READERS);
    c.put("GET " + ORG + "/tasks", ACCOUNTS);
    c.put("POST " + ORG + "/tasks/calendar", ACCOUNTS);
    c.put("POST " + ORG + "/tasks/calendar/revoke", ACCOUNTS);
    // The feed's secret address is its key: anyone with it, no session.
    c.put("GET /calendar/{username}/{token}/km.ics", ANYONE);
    c.put("POST " + ORG + "/accounts", SECRETARY);
    for (String action : List.of("password", "deactivate", "activate")) {
      c.put("POST " + ORG + "/accounts/{username}/" + action, SECRETARY);
    }
    c.put("GET " + ORG + "/record/staff-member", EDITORS);
    c.put("POST " + ORG + "/record/staff-member", EDITORS);
    c.put("POST " + API + "/staff-members", EDITORS);
    records(c);
  }

  /**
   * Corrections and soft deletes on a record's path and the deletion's confirmation: open to every
   * account, the record's own rights decided inside (a 403 names them); restoring is the secretary's.
   */
  private static void records(Map<String, Set<String>> c) {
    for (String method : List.of("PUT", "PATCH", "DELETE")) {
      c.put(method + " " + API + "/records/<id>", ACCOUNTS);
    }
    c.put("GET " + API + "/deleted-records", SECRETARY);
    c.put("POST " + API + "/record-restorations", SECRETARY);
    c.put("GET " + ORG + "/delete-record", ACCOUNTS);
    c.put("POST " + ORG + "/delete-record", ACCOUNTS);
    c.put("GET " + ORG + "/deleted-records", SECRETARY);
    c.put("GET " + ORG + "/audit", PLANNERS);
    c.put("POST " + ORG + "/deleted-records/restore", SECRETARY);
  }

  /** The plan editor, comparison and approval's confirmation, and their API. */
  private static void planEditor(Map<String, Set<String>> c) {
    c.put("GET " + ORG + "/plan/versions/{number}/approve", APPROVERS);
    c.put("GET " + ORG + "/plan/compare", ACCOUNTS);
    c.put("GET " + ORG + "/plan/edit", PLANNERS);
    c.put("POST " + ORG + "/plan/edit", PLANNERS);
    c.put("POST " + ORG + "/plan/edit/start", PLANNERS);
    c.put("GET " + API + "/plan-versions/{number}", ACCOUNTS);
    c.put("PUT " + API + "/plan-versions/{number}", PLANNERS);
    c.put("GET " + API + "/plan-versions/{a}/diff/{b}", ACCOUNTS);
  }

  /** The national and province roll-ups: public, like each organization's public page. */
  private static void national(Map<String, Set<String>> c) {
    c.put("GET /national/{year}", ANYONE);
    c.put("GET /national/{year}/provinces/{province}", ANYONE);
    for (String read : List.of("national", "national/provinces/{province}", "national/table",
        "national/provinces/{province}/table")) {
      c.put("GET /api/v1/" + read, ANYONE);
    }
  }

  /** The class of a route, when it has one. */
  static Optional<Set<String>> of(String method, String path) {
    return Optional.ofNullable(all().get(method + " " + path));
  }
}
