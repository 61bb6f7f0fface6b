package th.km.web.http;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An error answer of the JSON API in the shape of RFC 9457 ("problem details"), with the message
 * in Thai and in English.
 *
 * @param type a URI naming the kind of problem, {@code urn:km:problem:<slug>}
 * @param title the HTTP reason phrase
 * @param status the HTTP status
 * @param detail the English message
 * @param instance the path of the request
 * @param message the message in both languages
 * @param errors what is wrong with each field of the body, for a body that is not valid
 * @param current what is stored now, for a write that someone else's write came before
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    Message message,
    @Nullable List<FieldMessage> errors,
    @Nullable Object current) {

  /** The message a person reads, in Thai and in English. */
  public record Message(String th, String en) {}

  /** What is wrong with one field of a request's body. */
  public record FieldMessage(String field, Message message) {}

  /** The media type of problem answers. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem with no field errors and no current state. */
  public Problem(String type, String title, int status, String detail, String instance, Message message) {
    this(type, title, status, detail, instance, message, null, null);
  }

  /** The {@code type} URI of a problem slug. */
  public static String type(String slug) {
    return "urn:km:problem:" + slug;
  }
}
