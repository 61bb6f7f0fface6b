package th.km.web.http;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the OpenAPI document says of a route of the JSON API: its id, a summary in English and Thai,
 * its query parameters, and the schemas of its body and answer, named after the document's
 * components.
 *
 * @param operationId a stable name, such as {@code listTrainings}
 * @param summary the summary in English
 * @param summaryTh the summary in Thai, put in the description
 * @param queryParameters the names of the query parameters it takes, from {@link #QUERY_PARAMETERS}
 * @param requestSchema the component schema of its JSON body, if it takes one
 * @param responseSchema the component schema of its answer; empty for an answer without body
 * @param successStatus the status of a successful answer
 * @param requestMediaType the media type of the body: JSON, or {@code multipart/form-data} for an
 *     upload
 * @param fileTypes the media types of a file the route answers with instead of JSON, such as a
 *     table's XLSX and CSV; empty for a JSON answer
 */
public record ApiOperation(
    String operationId,
    String summary,
    String summaryTh,
    List<String> queryParameters,
    Optional<String> requestSchema,
    Optional<String> responseSchema,
    int successStatus,
    String requestMediaType,
    List<String> fileTypes) {

  /** The media type of a JSON body. */
  public static final String JSON = "application/json";

  /** The media type of an upload. */
  public static final String MULTIPART = "multipart/form-data";

  /** The query parameters the API knows; the document describes each once. */
  public static final List<String> QUERY_PARAMETERS =
      List.of(
          "year", "asOf", "kind", "format", "sort", "order", "q", "division", "step", "state",
          "offset", "limit", "signOff");

  /** An operation whose body, if it takes one, is JSON, and that answers with JSON or nothing. */
  public ApiOperation(
      String operationId,
      String summary,
      String summaryTh,
      List<String> queryParameters,
      Optional<String> requestSchema,
      Optional<String> responseSchema,
      int successStatus) {
    this(
        operationId,
        summary,
        summaryTh,
        queryParameters,
        requestSchema,
        responseSchema,
        successStatus,
        JSON,
        List.of());
  }

  public ApiOperation {
    queryParameters = List.copyOf(queryParameters);
    fileTypes = List.copyOf(fileTypes);
    checkArgument(!operationId.isBlank(), "an operation needs an id");
    checkArgument(
        QUERY_PARAMETERS.containsAll(queryParameters),
        "operation %s takes unknown query parameters %s",
        operationId,
        queryParameters);
  }

  /** A read that answers 200 with the schema. */
  public static ApiOperation read(String operationId, String summary, String summaryTh, String responseSchema) {
    return new ApiOperation(
        operationId, summary, summaryTh, List.of(), Optional.empty(), Optional.of(responseSchema), 200);
  }

  /** A read that answers 200 with a file of one of the media types, not JSON. */
  public static ApiOperation file(String operationId, String summary, String summaryTh, String... mediaTypes) {
    return new ApiOperation(
        operationId,
        summary,
        summaryTh,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        200,
        JSON,
        List.of(mediaTypes));
  }

  /** This operation taking the query parameters too. */
  public ApiOperation query(String... names) {
    List<String> all = new ArrayList<>(queryParameters);
    all.addAll(List.of(names));
    return new ApiOperation(
        operationId, summary, summaryTh, all, requestSchema, responseSchema, successStatus, requestMediaType, fileTypes);
  }

  /** This operation taking a JSON body of the schema. */
  public ApiOperation body(String schema) {
    return new ApiOperation(
        operationId, summary, summaryTh, queryParameters, Optional.of(schema), responseSchema, successStatus, JSON,
        fileTypes);
  }

  /** This operation taking an upload, {@code multipart/form-data} of the schema. */
  public ApiOperation upload(String schema) {
    return new ApiOperation(
        operationId, summary, summaryTh, queryParameters, Optional.of(schema), responseSchema, successStatus, MULTIPART,
        fileTypes);
  }

  /** This operation answering 201 (created) with its schema. */
  public ApiOperation created() {
    return new ApiOperation(
        operationId, summary, summaryTh, queryParameters, requestSchema, responseSchema, 201, requestMediaType,
        fileTypes);
  }

  /** Whether the body is an upload rather than JSON. */
  public boolean takesUpload() {
    return requestMediaType.equals(MULTIPART);
  }

  /** This operation answering the status without a body. */
  public ApiOperation noContent(int status) {
    return new ApiOperation(
        operationId, summary, summaryTh, queryParameters, requestSchema, Optional.empty(), status, requestMediaType,
        fileTypes);
  }
}
