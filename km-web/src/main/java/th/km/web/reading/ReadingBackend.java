package th.km.web.reading;

import java.time.Clock;
import th.km.core.reading.KnowledgeLinks;
import th.km.core.reading.PortalSettings;
import th.km.core.reading.ReadingDuties;
import th.km.core.reading.ReadingLog;
import th.km.persistence.db.Database;

/**
 * Where the reading features keep what they keep.
 *
 * @param log the reads, counted once per reader per day
 * @param duties mandatory reading and acknowledgements
 * @param links where assets came from
 * @param portal what each organization's public portal shows
 */
public record ReadingBackend(
    ReadingLog log, ReadingDuties duties, KnowledgeLinks links, PortalSettings portal) {

  /** The reading stores of the database; {@code clock} stamps their audit entries. */
  public static ReadingBackend of(Database database, Clock clock) {
    return new ReadingBackend(
        database.readingLog(),
        database.readingDuties(clock),
        database.knowledgeLinks(clock),
        database.portalSettings(clock));
  }
}
