package th.km.web.entry;

import static com.google.common.base.Preconditions.checkArgument;

import th.km.core.records.YearRecord;

/**
 * A stored record with the version a correction must name, so that a correction made from an
 * older reading is refused instead of overwriting someone else's.
 *
 * @param record the record as stored
 * @param version 0 when first stored, one more with each correction
 */
public record Versioned(YearRecord record, int version) {

  public Versioned {
    checkArgument(version >= 0, "record %s has a negative version %s", record.id(), version);
  }
}
