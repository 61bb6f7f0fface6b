package th.km.web.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import th.km.core.account.Account;

/**
 * Where and how the server sends e-mail, read from one address such as
 * {@code smtp://km%40banwaen.go.th:secret@mail.banwaen.go.th:587?from=km@banwaen.go.th}:
 * {@code smtp} sends with STARTTLS when the server offers it, {@code smtps} over TLS from the
 * start; the user and password are optional (percent-encoded); {@code from} is the sender.
 *
 * @param host the SMTP server
 * @param port its port: 25 (smtp) or 465 (smtps) unless given
 * @param tls whether the connection is TLS from the start ({@code smtps})
 * @param user who signs in to the server, if it asks
 * @param password the user's password
 * @param from the sender's address
 */
public record SmtpSettings(
    String host, int port, boolean tls, Optional<String> user, Optional<String> password, String from) {

  /** The variable that gives the address when {@code --smtp} does not, so that a password stays out of ps. */
  public static final String VARIABLE = "KM_SMTP";

  /** A setting that cannot be used, with the reason in Thai and English. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    private final String th;

    Invalid(String th, String en) {
      super(en);
      this.th = th;
    }

    public String th() {
      return th;
    }

    public String en() {
      return getMessage();
    }
  }

  /** The settings the address gives, or why it gives none. */
  public static SmtpSettings parse(String address) throws Invalid {
    URI uri;
    try {
      uri = new URI(address.strip());
    } catch (URISyntaxException e) {
      throw invalid(address, "ไม่ใช่ที่อยู่ที่อ่านได้", "is not an address that can be read");
    }
    String scheme = Optional.ofNullable(uri.getScheme()).orElse("");
    if (!scheme.equals("smtp") && !scheme.equals("smtps")) {
      throw invalid(address, "ต้องขึ้นต้นด้วย smtp:// หรือ smtps://", "must start with smtp:// or smtps://");
    }
    if (uri.getHost() == null) {
      throw invalid(address, "ไม่มีชื่อเครื่องของเซิร์ฟเวอร์", "names no server host");
    }
    boolean tls = scheme.equals("smtps");
    int port = uri.getPort() > 0 ? uri.getPort() : tls ? 465 : 25;
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = Optional.of(decode(parts[0]));
      password = parts.length > 1 ? Optional.of(decode(parts[1])) : Optional.empty();
    }
    Optional<String> from = Optional.empty();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        if (pair.startsWith("from=")) {
          from = Optional.of(decode(pair.substring(5)));
        }
      }
    }
    if (from.isEmpty() || !Account.isEmail(from.get())) {
      throw invalid(address, "ต้องระบุผู้ส่งเป็น ?from=ที่อยู่อีเมล", "needs the sender as ?from=an e-mail address");
    }
    return new SmtpSettings(uri.getHost(), port, tls, user, password, from.get());
  }

  /** The address without its password, to print. */
  @Override
  public String toString() {
    return (tls ? "smtps://" : "smtp://") + user.map(u -> u + "@").orElse("") + host + ":" + port + "?from=" + from;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static Invalid invalid(String address, String th, String en) {
    String shown = address.replaceAll(":[^:@/]*@", ":***@");
    return new Invalid("--smtp '" + shown + "' " + th, "--smtp '" + shown + "' " + en);
  }
}
