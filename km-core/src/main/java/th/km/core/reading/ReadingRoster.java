package th.km.core.reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import th.km.core.account.Account;

/**
 * Who has read a mandatory asset and who has not yet (ใครอ่านแล้ว ใครยังไม่อ่าน): the accounts the
 * reading concerns, each with the moment it acknowledged, if it did; and the readings an account
 * still owes. Accounts that acknowledged without being concerned (a reader from another division)
 * are listed as having read too: they did.
 */
public final class ReadingRoster {

  /**
   * One account on the roster.
   *
   * @param account the account
   * @param acknowledgedAt when it acknowledged having read the asset; empty when it has not yet
   */
  public record Line(Account account, Optional<Instant> acknowledgedAt) {}

  private ReadingRoster() {}

  /**
   * The roster of the reading: first those who acknowledged, in the order they did, then those who
   * have not yet, by username.
   */
  public static List<Line> of(
      MandatoryReading reading, List<Account> accounts, List<ReadingAcknowledgement> acknowledgements) {
    Map<String, Instant> acknowledged = new HashMap<>();
    for (ReadingAcknowledgement a : acknowledgements) {
      acknowledged.putIfAbsent(a.username(), a.at());
    }
    List<Line> read = new ArrayList<>();
    List<Line> notYet = new ArrayList<>();
    for (Account account : accounts) {
      Instant at = acknowledged.get(account.username());
      if (at != null) {
        read.add(new Line(account, Optional.of(at)));
      } else if (reading.concerns(account)) {
        notYet.add(new Line(account, Optional.empty()));
      }
    }
    read.sort(Comparator.comparing((Line l) -> l.acknowledgedAt().orElseThrow()));
    notYet.sort(Comparator.comparing((Line l) -> l.account().username()));
    List<Line> all = new ArrayList<>(read);
    all.addAll(notYet);
    return List.copyOf(all);
  }

  /** The readings that concern the account and that it has not acknowledged, in their order. */
  public static List<MandatoryReading> owedBy(
      Account account, List<MandatoryReading> readings, List<ReadingAcknowledgement> itsAcknowledgements) {
    Set<AssetRef> done =
        itsAcknowledgements.stream().map(ReadingAcknowledgement::asset).collect(Collectors.toSet());
    return readings.stream().filter(r -> r.concerns(account) && !done.contains(r.asset())).toList();
  }
}
