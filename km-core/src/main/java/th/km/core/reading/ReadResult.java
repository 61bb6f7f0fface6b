package th.km.core.reading;

/** What opening an asset did to its count. */
public enum ReadResult {
  /**
   * The first read of the asset by the reader on the day: one access event was recorded, in the
   * records of the day's fiscal year.
   */
  COUNTED,
  /** The reader already read the asset on the day: nothing was recorded. */
  ALREADY_COUNTED,
  /**
   * The day falls in another fiscal year than the asset's, and the organization has no plan of the
   * day's year yet: its access events count in that year's indicators, which do not exist, so nothing
   * was recorded.
   */
  NO_PLAN_OF_THE_DAYS_YEAR,
  /** The organization's records of the year hold no such asset: nothing was recorded. */
  NOT_RECORDED
}
