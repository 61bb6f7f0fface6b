package th.km.core.reading;

import java.time.LocalDate;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.PublicationChannel;

/**
 * Counts the reads of knowledge assets (the port the database implements): the first read of an
 * asset by a reader on a day records one access event ({@link th.km.core.records.AccessEvent}, one
 * hit on the {@link #CHANNEL}) in the records of the <em>day's</em> fiscal year, which the access
 * indicators of that year count; every later read by the same reader that day records nothing.
 * Reads at the same moment are counted once all the same: the check and the write are one atomic
 * step.
 *
 * <p>An asset is a record of the year it was written in, and is read on in the years after: a read
 * of a B.E. 2569 asset on 15 November 2026 is an access of B.E. 2570 and is recorded in the records
 * of 2570, naming the asset with its year ({@code 2569/asset-3}, see {@link
 * th.km.core.records.AccessEvent#assetIdIn}), when the organization has a plan of 2570; before it
 * has one, the read counts nowhere ({@link ReadResult#NO_PLAN_OF_THE_DAYS_YEAR}).
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
   * How many accesses of the asset the records of the year hold, on every channel: the sum of the
   * hits of the year's access events of the asset (reads counted here and counts entered by hand),
   * which is what the year's access indicators count of it.
   */
  long reads(OrganizationCode organization, AssetRef asset, FiscalYear year);
}
