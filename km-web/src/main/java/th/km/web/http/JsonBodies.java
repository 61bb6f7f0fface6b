package th.km.web.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON object of an API request as strictly as the OpenAPI document describes it: JSON
 * only (415), within the size limit (413), every property once (400 naming the one sent twice), and
 * no property the schema lacks ({@code additionalProperties: false}: 422 naming each). What fails
 * throws a {@link WebError} or {@link UnknownProperties}, answered as problem JSON in Thai and English.
 */
public final class JsonBodies {

  /** The most bytes a request's body may have; Javalin refuses more with 413. */
  public static final long MAX_BYTES = 1_000_000;

  /** The limit as people read it, for the 413 message. */
  public static final String MAX_TEXT = "1 MB";

  /** Properties the schema does not have, in the order sent: a 422 with a message for each. */
  public static final class UnknownProperties extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> properties;

    UnknownProperties(List<String> properties) {
      super("properties the schema does not have: " + properties);
      this.properties = List.copyOf(properties);
    }

    public List<String> properties() {
      return properties;
    }
  }

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'");

  private JsonBodies() {}

  /** A mapper that refuses a property sent twice, as every API body is read. */
  public static ObjectMapper strict(ObjectMapper mapper) {
    return mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /** The body's JSON object, whose property names must all be among {@code allowed}. */
  public static JsonNode object(Context ctx, ObjectMapper json, Collection<String> allowed) {
    if (!ctx.isJson()) {
      throw new WebError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "error.jsonRequired");
    }
    if (ctx.contentLength() > MAX_BYTES) {
      throw tooLarge();
    }
    JsonNode body;
    try {
      body = json.readTree(ctx.bodyAsBytes());
    } catch (HttpResponseException e) {
      throw e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode() ? tooLarge() : e;
    } catch (JsonParseException e) {
      Matcher m = DUPLICATE.matcher(e.getOriginalMessage());
      if (m.find()) {
        throw new WebError(HttpStatus.BAD_REQUEST, "duplicate-property", "error.duplicateProperty", m.group(1));
      }
      // Where the reader stopped, so that the sender finds the mistake in a long body.
      throw WebError.badRequest(
          "error.badJsonAt", e.getLocation().getLineNr(), e.getLocation().getColumnNr());
    } catch (java.io.IOException e) {
      throw WebError.badRequest("error.badJson");
    }
    if (body == null || !body.isObject()) {
      throw WebError.badRequest("error.badJson");
    }
    List<String> unknown = new ArrayList<>();
    body.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        unknown.add(name);
      }
    });
    if (!unknown.isEmpty()) {
      throw new UnknownProperties(unknown);
    }
    return body;
  }

  /** The 413 of a body over {@link #MAX_BYTES}. */
  public static WebError tooLarge() {
    return new WebError(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.tooLarge", MAX_TEXT);
  }
}
