package th.km.web.http;

import io.javalin.http.HttpStatus;

/**
 * A request that cannot be answered as asked, thrown by a handler and turned into an HTTP answer
 * once, by {@link ErrorHandlers}: problem JSON under {@code /api}, an error page elsewhere.
 *
 * <p>The message is a key of the message bundles, so that the answer carries it in Thai and in
 * English.
 */
public final class WebError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String slug;
  private final String messageKey;
  private final transient Object[] args;

  /**
   * @param status the HTTP status
   * @param slug a short stable name of the problem, the last part of its {@code type}
   * @param messageKey the bundle key of the message people read
   * @param args the arguments of the message
   */
  public WebError(HttpStatus status, String slug, String messageKey, Object... args) {
    super(slug + ": " + messageKey);
    this.status = status;
    this.slug = slug;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public static WebError notFound(String messageKey, Object... args) {
    return new WebError(HttpStatus.NOT_FOUND, "not-found", messageKey, args);
  }

  public static WebError forbidden(String messageKey, Object... args) {
    return new WebError(HttpStatus.FORBIDDEN, "forbidden", messageKey, args);
  }

  public static WebError badRequest(String messageKey, Object... args) {
    return new WebError(HttpStatus.BAD_REQUEST, "bad-request", messageKey, args);
  }

  public HttpStatus status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }
}
