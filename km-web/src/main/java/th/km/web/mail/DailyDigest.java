package th.km.web.mail;

import jakarta.mail.MessagingException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.web.i18n.Dates;
import th.km.web.i18n.Language;
import th.km.web.tasks.Task;
import th.km.web.tasks.TaskList;
import th.km.web.year.EvaluationCache;

/**
 * The daily e-mail of what is due: to every active account that has an address and something to
 * do today, the list of its tasks (as on its "my tasks" page), in Thai and then in English. An
 * account with nothing to do gets no mail.
 */
public final class DailyDigest {

  /** One message to send. */
  public record Mail(String to, String subject, String body) {}

  private final EvaluationCache evaluations;
  private final AccountStore accounts;
  private final Clock clock;

  public DailyDigest(EvaluationCache evaluations, AccountStore accounts, Clock clock) {
    this.evaluations = evaluations;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** The messages of today for the organizations' accounts. */
  public List<Mail> compose(List<OrganizationCode> organizations) {
    LocalDate today = LocalDate.now(clock);
    FiscalYear year = FiscalYear.containing(today);
    return organizations.stream()
        .flatMap(org -> evaluations.snapshot(org, year, today).stream()
            .flatMap(s -> accounts.accounts(org).stream()
                .filter(a -> a.active() && a.email().isPresent())
                .map(a -> mail(a, TaskList.of(s, a), today))
                .flatMap(Optional::stream)))
        .toList();
  }

  /**
   * Sends today's messages through the mailer; a message the server refuses is reported on
   * {@code err} and the others are still sent. Returns how many were sent.
   */
  public int send(List<OrganizationCode> organizations, SmtpMailer mailer, PrintWriter err) {
    int sent = 0;
    for (Mail m : compose(organizations)) {
      try {
        mailer.send(m.to(), m.subject(), m.body(), clock.instant());
        sent++;
      } catch (MessagingException e) {
        err.println("km: ส่งอีเมลถึง " + m.to() + " ไม่สำเร็จ / the e-mail to " + m.to() + " failed: " + e.getMessage());
        err.flush();
      }
    }
    return sent;
  }

  private static Optional<Mail> mail(Account account, List<Task> tasks, LocalDate today) {
    if (tasks.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder body = new StringBuilder();
    body.append("งานของ ").append(account.username()).append(" ณ ").append(Dates.format(today, Language.TH)).append("\n\n");
    for (Task t : tasks) {
      body.append("- ").append(t.th()).append(due(t, Language.TH)).append('\n');
    }
    body.append("\nเปิดหน้า \"งานของฉัน\": /organizations/").append(account.organization().value()).append("/tasks\n");
    body.append("\n----\n\nTasks of ").append(account.username()).append(" as of ").append(Dates.format(today, Language.EN)).append("\n\n");
    for (Task t : tasks) {
      body.append("- ").append(t.en()).append(due(t, Language.EN)).append('\n');
    }
    body.append("\nOpen \"My tasks\": /organizations/").append(account.organization().value()).append("/tasks\n");
    String subject = "km: งานที่ต้องทำ " + tasks.size() + " รายการ / " + tasks.size() + " task(s) to do";
    return Optional.of(new Mail(account.email().orElseThrow(), subject, body.toString()));
  }

  private static String due(Task t, Language language) {
    if (t.due().isEmpty()) {
      return "";
    }
    String day = Dates.format(t.due().get(), language);
    if (language == Language.TH) {
      return t.overdue() ? " (เกินกำหนดตั้งแต่ " + day + ")" : " (กำหนด " + day + ")";
    }
    return t.overdue() ? " (overdue since " + day + ")" : " (due " + day + ")";
  }
}
