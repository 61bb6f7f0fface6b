package th.km.web.reading;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.reading.ReaderKey;
import th.km.core.reading.ReadingLog;

/**
 * Who reads, as the reading log counts them: the signed-in account, else the anonymous reader of
 * the day made of the client address (the browser's, as the HTTPS proxy forwards it) and the user
 * agent, neither of which is kept.
 */
final class ReaderOf {

  /** The most characters of a user agent taken into the hash: a longer one is cut, not refused. */
  private static final int AGENT_LENGTH = 512;

  private ReaderOf() {}

  static ReaderKey reader(Context ctx, Optional<Account> account, ReadingLog log, LocalDate day) {
    if (account.isPresent()) {
      return ReaderKey.account(account.get().username());
    }
    String agent = Optional.ofNullable(ctx.userAgent()).orElse("");
    if (agent.length() > AGENT_LENGTH) {
      agent = agent.substring(0, AGENT_LENGTH);
    }
    return log.anonymousReader(day, ctx.ip(), agent);
  }
}
