package th.km.core.entry;

import java.time.Instant;
import th.km.core.records.YearRecord;

/**
 * A record deleted softly: it stays stored with who deleted it, when and why, is left out of every
 * page, list, export and evaluation of the year, and can be restored.
 *
 * @param record the record as it was when deleted
 * @param version its version, which the deletion bumped
 * @param deletedAt when it was deleted
 * @param deletedBy the account that deleted it
 * @param reason why, as the account wrote it
 */
public record DeletedRecord(
    YearRecord record, int version, Instant deletedAt, String deletedBy, String reason) {}
