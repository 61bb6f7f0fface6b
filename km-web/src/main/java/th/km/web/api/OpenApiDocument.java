package th.km.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.persistence.tables.TableName;
import th.km.web.WebApp;
import th.km.web.http.ApiOperation;
import th.km.web.http.Problem;
import th.km.web.http.Routes;
import th.km.web.security.Access;

/**
 * Builds the OpenAPI 3.1 document of the JSON API from the registered routes: each route's path,
 * parameters, access rule and answers, with the schemas of {@code openapi-schemas*.json}. A route
 * of the API that says nothing of itself is a programming error and stops the server from being
 * built.
 */
public final class OpenApiDocument {

  /** Where the document is served. */
  public static final String PATH = "/api/v1/openapi.json";

  /** The files of the component schemas, one per part of the API that has many. */
  private static final List<String> SCHEMAS =
      List.of(
          "openapi-schemas.json",
          "openapi-schemas-plan-import.json",
          "openapi-schemas-plan-editor.json",
          "openapi-schemas-national.json",
          "openapi-schemas-knowledge.json",
          "openapi-schemas-search.json",
          "openapi-schemas-reading.json",
          "openapi-schemas-records.json");

  /** The response "schema" of a route that answers with a document file rather than JSON. */
  public static final String DOCUMENT = "Document";

  private static final List<String> DOCUMENT_TYPES =
      List.of(
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "text/html");
  private static final Pattern PARAMETER = Pattern.compile("[{<]([A-Za-z]+)[}>]");

  private OpenApiDocument() {}

  /** The document of the routes' API routes. */
  public static ObjectNode build(List<Routes.Route> routes, ObjectMapper json) {
    ObjectNode doc = json.createObjectNode();
    doc.put("openapi", "3.1.0");
    ObjectNode info = doc.putObject("info");
    info.put("title", "km API");
    info.put("version", "1");
    info.put(
        "description",
        "The KM plans of Thai local governments, their records and their evaluation, by organization"
            + " code. Errors are problem JSON (RFC 9457) with the message in Thai and English."
            + " Sign in with POST /api/v1/session; send the CSRF token it returns in the X-CSRF-Token"
            + " header with every change.");
    ObjectNode components = doc.putObject("components");
    components.set("schemas", schemas(json));
    components.set("parameters", parameters(json));
    ObjectNode schemes = components.putObject("securitySchemes");
    schemes
        .putObject("session")
        .put("type", "apiKey")
        .put("in", "cookie")
        .put("name", WebApp.SESSION_COOKIE)
        .put("description", "The session cookie set by signing in.");
    ObjectNode paths = doc.putObject("paths");
    for (Routes.Route route : routes) {
      if (!route.path().startsWith(Routes.API_PREFIX)) {
        continue;
      }
      ApiOperation op =
          route
              .operation()
              .orElseThrow(
                  () -> new IllegalStateException("API route " + route.method() + " " + route.path() + " has no OpenAPI operation"));
      String path = PARAMETER.matcher(route.path()).replaceAll("{$1}");
      ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
      item.set(route.method().name().toLowerCase(Locale.ROOT), operation(route, op, json));
    }
    return doc;
  }

  private static ObjectNode operation(Routes.Route route, ApiOperation op, ObjectMapper json) {
    ObjectNode o = json.createObjectNode();
    o.put("operationId", op.operationId());
    o.put("summary", op.summary());
    o.put("description", op.summaryTh());
    o.put("x-km-access", route.access().name());
    ArrayNode security = o.putArray("security");
    if (route.access() != Access.PUBLIC) {
      security.addObject().putArray("session");
    }
    ArrayNode parameters = o.putArray("parameters");
    Matcher m = PARAMETER.matcher(route.path());
    while (m.find()) {
      parameters.addObject().put("$ref", "#/components/parameters/" + m.group(1));
    }
    for (String q : op.queryParameters()) {
      parameters.addObject().put("$ref", "#/components/parameters/" + q);
    }
    op.requestSchema()
        .ifPresent(
            s ->
                o.putObject("requestBody")
                    .put("required", true)
                    .putObject("content")
                    .putObject(op.requestMediaType())
                    .putObject("schema")
                    .put("$ref", "#/components/schemas/" + s));
    ObjectNode responses = o.putObject("responses");
    ObjectNode success = responses.putObject(String.valueOf(op.successStatus()));
    success.put("description", "OK");
    op.responseSchema()
        .ifPresent(
            s -> {
              ObjectNode content = success.putObject("content");
              if (s.equals(DOCUMENT)) {
                // A document answers with the file itself, in the format asked for.
                for (String type : DOCUMENT_TYPES) {
                  content.putObject(type).putObject("schema").put("type", "string").put("format", "binary");
                }
              } else {
                content.putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/" + s);
              }
            });
    if (!op.fileTypes().isEmpty()) {
      ObjectNode content = success.putObject("content");
      for (String type : op.fileTypes()) {
        content.putObject(type).putObject("schema").put("type", "string").put("format", "binary");
      }
    }
    if (!op.queryParameters().isEmpty() || op.requestSchema().isPresent()) {
      problem(responses, 400, "The request is not valid: a bad year, date or body.");
    }
    if (route.access() != Access.PUBLIC) {
      problem(responses, 401, "Not signed in.");
      problem(responses, 403, "The account may not use this route, or is of another organization.");
    }
    boolean write = route.method() == HandlerType.POST && route.path().contains("/organizations/");
    if (write && op.takesUpload()) {
      problem(responses, 413, "The file is larger than the server takes: nothing was read.");
      problem(responses, 415, "The file is no document the server reads (by its content, whatever its name).");
      problem(responses, 422, "The document holds no plan: errors names what could not be read, with where.");
    } else if (write) {
      problem(responses, 409, "Someone else saved first: nothing was stored; current says what is stored now.");
    }
    if (route.method() == HandlerType.PUT) {
      problem(responses, 409, "The version is approved, or a newer version was saved: nothing was stored.");
      problem(responses, 412, "If-Match names another version than the one changed: nothing was stored.");
      problem(responses, 415, "The body is not JSON.");
      problem(responses, 422, "The body is no valid plan file of this organization and year: errors names the field's path.");
    }
    if (write && op.requestSchema().isPresent() && !op.takesUpload()) {
      problem(responses, 415, "The body is not JSON.");
      problem(responses, 422, "Some fields are not valid: nothing was stored; errors names each field with its message.");
    }
    if (route.path().contains("{") || route.path().contains("<")
        || route.path().startsWith("/api/v1/national")) {
      problem(responses, 404, "No such organization, plan of the year, indicator, record or table, stored national evaluation of the year, or province in it.");
    }
    problem(
        responses, 503,
        "The server is overloaded: no database connection came free in time, so nothing was done;"
            + " Retry-After says in how many seconds to ask again.");
    return o;
  }

  private static void problem(ObjectNode responses, int status, String description) {
    ObjectNode r = responses.putObject(String.valueOf(status));
    r.put("description", description);
    r.putObject("content")
        .putObject(Problem.MEDIA_TYPE)
        .putObject("schema")
        .put("$ref", "#/components/schemas/Problem");
  }

  private static ObjectNode parameters(ObjectMapper json) {
    ObjectNode p = json.createObjectNode();
    path(p, "org", "The organization's code, such as ban-waen.");
    path(p, "indicator", "An indicator's id, such as goal-2-activity-5-1 or monitoring-training-report-1.");
    path(p, "id", "A record's id; it may contain slashes.");
    path(p, "number", "A plan version's number, 1 for the first.");
    path(p, "a", "The number of the older plan version compared.");
    path(p, "b", "The number of the newer plan version compared.");
    ObjectNode name = path(p, "name", "A table's name: results, trainings, assets, findings, form1 or action-plan.");
    ArrayNode tables = name.putArray("enum");
    for (TableName table : TableName.values()) {
      tables.add(table.slug());
    }
    path(p, "province", "A province's code, as the national results give it (organizations that name no province: unknown).");
    query(p, "sort", "The column the lines are sorted by: name, organizations, met, on-track, at-risk, not-met, no-data, report-only, total or share-met; by default name.", "string");
    query(p, "order", "The direction of the sort: asc (default) or desc.", "string");
    query(p, "signOff", "On a training report, the number of its signature to withdraw instead of deleting the report (1 for the first); only the last signature of the chain can be withdrawn.", "integer");
    query(p, "year", "The fiscal year in B.E., such as 2569; by default the current one, else the latest.", "string");
    query(p, "asOf", "The day to evaluate as of, an ISO date such as 2026-03-15; by default today in Bangkok.", "string")
        .put("format", "date");
    query(p, "kind", "The reporting round of the M&E report: annual (to the mayor), half-year or quarter; for the knowledge base and its search, the asset kind: WORK_MANUAL, TRAINING_REPORT, STORY, AFTER_ACTION_REVIEW, REGULATION, KNOWLEDGE_ARTICLE or OTHER.", "string");
    path(p, "asset", "A knowledge asset's record id, such as asset-3.");
    path(p, "attachment", "An attachment's number.");
    query(p, "q", "The words to search for, 1 to 200 characters; Thai and Arabic digits are the same.", "string");
    query(p, "division", "Only knowledge assets the division of this code owns.", "string");
    query(p, "step", "Only knowledge assets of the KM process step: IDENTIFY, CREATE_AND_ACQUIRE, ORGANIZE, CODIFY_AND_REFINE, ACCESS, SHARE or LEARN (a search also takes its number, 1-7).", "string");
    query(p, "state", "Only knowledge assets whose shown version is DRAFT, REVIEWED, APPROVED or PUBLISHED.", "string");
    query(p, "offset", "How many hits to skip, 0 by default.", "integer");
    query(p, "limit", "How many hits to return, 1 to 100, 10 by default.", "integer");
    query(p, "format", "The file format: pdf, docx or html for the plan; docx, pdf or xlsx for the report; xlsx or csv (UTF-8 with a byte-order mark) for a table.", "string");
    return p;
  }

  private static ObjectNode path(ObjectNode p, String name, String description) {
    ObjectNode n = p.putObject(name);
    n.put("name", name).put("in", "path").put("required", true).put("description", description);
    return n.putObject("schema").put("type", "string");
  }

  private static ObjectNode query(ObjectNode p, String name, String description, String type) {
    ObjectNode n = p.putObject(name);
    n.put("name", name).put("in", "query").put("required", false).put("description", description);
    return n.putObject("schema").put("type", type);
  }

  private static JsonNode schemas(ObjectMapper json) {
    ObjectNode all = json.createObjectNode();
    for (String file : SCHEMAS) {
      all.setAll((ObjectNode) schemas(json, file));
    }
    return all;
  }

  private static JsonNode schemas(ObjectMapper json, String file) {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI schemas " + file + " are missing from the classpath");
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI schemas " + file, e);
    }
  }
}
