package th.km.core.rollup;

import java.util.List;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;

/**
 * The port from which the national and province pages read the latest stored batch evaluation of
 * a year. Every answer comes from the roll-ups kept when the batch ran; a store that has none for
 * the year answers empty.
 */
public interface StoredResults {

  /** The nation's roll-up of the year's latest stored batch, if one was stored. */
  Optional<NationalTally> national(FiscalYear year);

  /** Every province's roll-up of the year's latest stored batch, by province code. */
  List<ProvinceTally> provinces(FiscalYear year);

  /** The province's roll-up of the year's latest stored batch, if it has organizations in it. */
  Optional<ProvinceTally> province(FiscalYear year, String provinceCode);

  /**
   * The organizations of the year's latest stored batch, by code: those of the province, or every
   * one when no province is given.
   */
  List<OrganizationTally> organizations(FiscalYear year, Optional<String> provinceCode);

  /** A store with no stored batch at all: a server that shows plans without a database. */
  static StoredResults none() {
    return new StoredResults() {
      @Override
      public Optional<NationalTally> national(FiscalYear year) {
        return Optional.empty();
      }

      @Override
      public List<ProvinceTally> provinces(FiscalYear year) {
        return List.of();
      }

      @Override
      public Optional<ProvinceTally> province(FiscalYear year, String provinceCode) {
        return Optional.empty();
      }

      @Override
      public List<OrganizationTally> organizations(FiscalYear year, Optional<String> provinceCode) {
        return List.of();
      }
    };
  }
}
