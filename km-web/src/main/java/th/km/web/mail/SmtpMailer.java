package th.km.web.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/** Sends plain-text UTF-8 e-mail through the SMTP server of {@link SmtpSettings}. */
public final class SmtpMailer {

  private final SmtpSettings settings;
  private final Session session;

  public SmtpMailer(SmtpSettings settings) {
    this.settings = settings;
    String protocol = settings.tls() ? "smtps" : "smtp";
    Properties p = new Properties();
    p.put("mail.transport.protocol", protocol);
    p.put("mail." + protocol + ".host", settings.host());
    p.put("mail." + protocol + ".port", Integer.toString(settings.port()));
    p.put("mail." + protocol + ".auth", Boolean.toString(settings.user().isPresent()));
    p.put("mail." + protocol + ".starttls.enable", "true");
    p.put("mail." + protocol + ".connectiontimeout", "20000");
    p.put("mail." + protocol + ".timeout", "20000");
    this.session =
        Session.getInstance(
            p,
            new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().orElse(""), settings.password().orElse(""));
              }
            });
  }

  /**
   * Sends one message.
   *
   * @throws MessagingException when the server refuses it or cannot be reached
   */
  public void send(String to, String subject, String body, Instant sentAt) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(sentAt));
    Transport.send(message);
  }
}
