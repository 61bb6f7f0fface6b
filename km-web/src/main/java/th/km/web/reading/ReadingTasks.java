package th.km.web.reading;

import java.util.List;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.reading.MandatoryReading;
import th.km.core.reading.ReadingRoster;
import th.km.core.records.KnowledgeAsset;
import th.km.web.DashboardSource;
import th.km.web.YearData;
import th.km.web.tasks.Task;

/**
 * The mandatory readings an account has not acknowledged yet, as tasks of its "my tasks" page,
 * each linking to the asset's page where the acknowledge button is.
 */
public final class ReadingTasks {

  private final ReadingBackend reading;
  private final DashboardSource years;

  public ReadingTasks(ReadingBackend reading, DashboardSource years) {
    this.reading = reading;
    this.years = years;
  }

  /** The account's open readings, in the order they were made mandatory. */
  public List<Task> of(Account account) {
    var org = account.organization();
    List<MandatoryReading> owed =
        ReadingRoster.owedBy(
            account,
            reading.duties().requirements(org),
            reading.duties().acknowledgementsBy(org, account.username()));
    return owed.stream()
        .map(
            m -> {
              String title =
                  years.year(org, m.asset().year())
                      .map(YearData::records)
                      .flatMap(r -> r.knowledgeAsset(m.asset().assetId()))
                      .map(KnowledgeAsset::title)
                      .orElse(m.asset().assetId());
              String path = KnowledgePaths.asset(org, m.asset());
              String relative = path.substring(("/organizations/" + org.value() + "/").length());
              return new Task(
                  Task.Kind.READING,
                  "reading-" + m.asset().year().buddhistYear() + "-" + m.asset().assetId(),
                  "อ่านและกดรับทราบ " + title,
                  "Read and acknowledge " + title,
                  Optional.empty(),
                  false,
                  relative);
            })
        .toList();
  }
}
