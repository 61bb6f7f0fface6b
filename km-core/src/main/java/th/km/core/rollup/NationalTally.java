package th.km.core.rollup;

import java.time.Instant;
import java.time.LocalDate;
import th.km.core.calendar.FiscalYear;

/**
 * The nation's roll-up of a stored batch evaluation, and which batch it is.
 *
 * @param fiscalYear the year evaluated
 * @param asOf the day the batch evaluated the year as of
 * @param storedAt when the batch's results replaced the year's earlier ones
 * @param provinces how many provinces the organizations are in
 * @param tally every organization's counts, summed
 */
public record NationalTally(
    FiscalYear fiscalYear, LocalDate asOf, Instant storedAt, int provinces, AreaTally tally) {}
