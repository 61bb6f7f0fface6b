package th.km.core.reading;

/** What opening an asset did to its count. */
public enum ReadResult {
  /** The first read of the asset by the reader on the day: one access event was recorded. */
  COUNTED,
  /** The reader already read the asset on the day: nothing was recorded. */
  ALREADY_COUNTED,
  /**
   * The day falls outside the fiscal year whose records hold the asset: an access event there
   * would count in no year's indicators, and one in the day's year would refer to an asset that
   * year does not hold, so nothing was recorded.
   */
  OUTSIDE_ASSET_YEAR,
  /** The organization's records of the year hold no such asset: nothing was recorded. */
  NOT_RECORDED
}
