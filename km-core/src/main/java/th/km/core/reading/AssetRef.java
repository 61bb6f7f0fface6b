package th.km.core.reading;

import th.km.core.calendar.FiscalYear;
import th.km.core.records.RecordIds;

/**
 * A knowledge asset as a record of one fiscal year: its id is unique in its organization's year
 * only, so the year belongs to its name.
 *
 * @param year the fiscal year whose records hold the asset
 * @param assetId the asset's record id
 */
public record AssetRef(FiscalYear year, String assetId) {

  public AssetRef {
    RecordIds.check(assetId, "knowledge asset");
  }

  /** The asset of the Buddhist year with the id. */
  public static AssetRef of(int buddhistYear, String assetId) {
    return new AssetRef(FiscalYear.ofBuddhistYear(buddhistYear), assetId);
  }

  @Override
  public String toString() {
    return year.buddhistYear() + "/" + assetId;
  }
}
