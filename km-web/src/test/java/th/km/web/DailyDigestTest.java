package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.account.Account;
import th.km.web.mail.DailyDigest;
import th.km.web.mail.DigestSchedule;
import th.km.web.mail.SmtpMailer;
import th.km.web.mail.SmtpSettings;

/**
 * The daily digest, sent to a local SMTP server (GreenMail): Prasert, who has an address, gets his
 * overdue report and his acknowledgements in Thai and English; the head of the clerk's office, who
 * has none, and a deactivated account get nothing. The SMTP address is read strictly.
 */
class DailyDigestTest {

  @Test
  void theDigestArrivesWithTheAccountsTasks() throws Exception {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    try (TestServer server = TestServer.start()) {
      Account prasert = server.accounts().find("prasert").orElseThrow();
      server.accounts().save(prasert.withEmail(Optional.of("prasert@banwaen.go.th")));
      Account head = server.accounts().find("head").orElseThrow();
      server.accounts().save(head.withEmail(Optional.of("head@banwaen.go.th")).withActive(false));
      SmtpSettings settings =
          SmtpSettings.parse("smtp://127.0.0.1:" + smtp.getSmtp().getPort() + "?from=km@banwaen.go.th");
      DailyDigest digest =
          new DailyDigest(WebApp.evaluations(server.app()), server.accounts(), Clock.fixed(TestServer.AS_OF, WebConfig.THAILAND));
      StringWriter err = new StringWriter();
      int sent = digest.send(List.of(TestPlans.ORG), new SmtpMailer(settings), new PrintWriter(err));

      assertEquals(1, sent, err.toString());
      assertTrue(smtp.waitForIncomingEmail(10_000, 1));
      MimeMessage[] received = smtp.getReceivedMessages();
      assertEquals(1, received.length, "only the active account with an address");
      MimeMessage m = received[0];
      assertEquals("prasert@banwaen.go.th", m.getAllRecipients()[0].toString());
      assertEquals("km@banwaen.go.th", m.getFrom()[0].toString());
      assertEquals("km: งานที่ต้องทำ 3 รายการ / 3 task(s) to do", m.getSubject());
      String body = (String) m.getContent();
      assertTrue(body.contains("- ส่งรายงานผลการฝึกอบรม " + TestYears.OVERDUE_COURSE + " (" + TestYears.PRASERT
          + ") (เกินกำหนดตั้งแต่ 4 กุมภาพันธ์ พ.ศ. 2569)"), body);
      assertTrue(body.contains("- รับทราบ: ทราบเป้าหมาย KM ขององค์กร"), body);
      assertTrue(body.contains("(overdue since 4 February B.E. 2569)"), body);
      assertTrue(body.contains("/organizations/ban-waen/tasks"), body);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void theSmtpAddressIsReadStrictly() throws Exception {
    SmtpSettings s = SmtpSettings.parse("smtps://km%40banwaen.go.th:p%3Ass@mail.banwaen.go.th?from=km@banwaen.go.th");
    assertEquals("mail.banwaen.go.th", s.host());
    assertEquals(465, s.port());
    assertEquals(Optional.of("km@banwaen.go.th"), s.user());
    assertEquals(Optional.of("p:ss"), s.password());
    assertTrue(!s.toString().contains("p:ss"), "the password is never printed");
    SmtpSettings.Invalid noFrom = assertThrows(SmtpSettings.Invalid.class, () -> SmtpSettings.parse("smtp://mail:25"));
    assertTrue(noFrom.th().contains("?from=") && noFrom.en().contains("needs the sender"), noFrom.en());
    SmtpSettings.Invalid http =
        assertThrows(SmtpSettings.Invalid.class, () -> SmtpSettings.parse("http://u:secret@mail?from=a@b.c"));
    assertTrue(!http.en().contains("secret") && http.en().contains("must start with smtp://"), http.en());
    Object parsed = Main.parse(List.of("serve", "--smtp", "mail.example.org"));
    assertInstanceOf(Main.Unusable.class, parsed);
    Object ok = Main.parse(List.of("serve", "--smtp", "smtp://127.0.0.1:2525?from=km@banwaen.go.th"));
    assertEquals(Optional.of(2525), ((Main.Command.Serve) ok).smtp().map(SmtpSettings::port));
  }

  @Test
  void theDigestGoesOutAtSevenInTheMorning() {
    ZonedDateTime before = ZonedDateTime.of(2026, 3, 15, 6, 30, 0, 0, WebConfig.THAILAND);
    assertEquals(Duration.ofMinutes(30), DigestSchedule.untilNext(before));
    assertEquals(Duration.ofHours(23), DigestSchedule.untilNext(before.plusMinutes(90)));
  }
}
