package th.km.core.entry;

import static com.google.common.base.Preconditions.checkArgument;

import th.km.core.records.YearRecord;

/**
 * A record as it is stored, with its version: 0 when it was added, one more with each correction. A
 * correction names the version its editor saw (see {@link RecordCommands#correct}).
 *
 * @param record the record
 * @param version its version
 */
public record Versioned(YearRecord record, int version) {

  public Versioned {
    checkArgument(version >= 0, "a record's version is 0 or more, got %s", version);
  }
}
