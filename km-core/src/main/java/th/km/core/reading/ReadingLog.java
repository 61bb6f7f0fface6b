package th.km.core.reading;

import java.time.LocalDate;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.PublicationChannel;

/**
 * Counts the reads of knowledge assets (the port the database implements): the first read of an
 * asset by a reader on a day records one access event ({@link th.km.core.records.AccessEvent}, one
 * hit on the {@link #CHANNEL}) in the records of the asset's year, which the access indicators
 * count; every later read by the same reader that day records nothing. Reads at the same moment
 * are counted once all the same: the check and the write are one atomic step.
 */
public interface ReadingLog {

  /**
   * The channel km's own reads count under: the website, because the public portal is the
   * organization's website and the internal pages are the same knowledge on the same server.
   */
  PublicationChannel CHANNEL = PublicationChannel.WEBSITE;

  /** Records that the reader opened the asset on the day, once per reader and day. */
  ReadResult read(OrganizationCode organization, AssetRef asset, LocalDate day, ReaderKey reader);

  /**
   * The anonymous reader of the day from the client address and user agent: a hash with a salt
   * that is made for the day and thrown away after it, so that no address is kept and no reader
   * can be followed from one day to the next.
   */
  ReaderKey anonymousReader(LocalDate day, String clientAddress, String userAgent);

  /**
   * How many accesses of the asset its year's records hold, on every channel: the sum of its
   * access events' hits (reads counted here and counts entered by hand).
   */
  long reads(OrganizationCode organization, AssetRef asset);
}
