package th.km.web.http;

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
 */
public record Problem(
    String type, String title, int status, String detail, String instance, Message message) {

  /** The message a person reads, in Thai and in English. */
  public record Message(String th, String en) {}

  /** The media type of problem answers. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The {@code type} URI of a problem slug. */
  public static String type(String slug) {
    return "urn:km:problem:" + slug;
  }
}
