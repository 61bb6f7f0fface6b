package th.km.core.store;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordKind;

/** What became of an import of a year's records into a {@link RecordStore}. */
public sealed interface RecordImport {

  /**
   * The records are stored: {@code added} were new, {@code unchanged} were stored already with the
   * same content and were left as they were. Both maps hold every kind, 0 when none.
   */
  record Imported(
      OrganizationCode organization,
      FiscalYear fiscalYear,
      Map<RecordKind, Integer> added,
      Map<RecordKind, Integer> unchanged)
      implements RecordImport {

    public Imported {
      added = complete(added);
      unchanged = complete(unchanged);
    }

    /** The number of records added, of all kinds. */
    public int totalAdded() {
      return added.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The number of records already stored, of all kinds. */
    public int totalUnchanged() {
      return unchanged.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<RecordKind, Integer> complete(Map<RecordKind, Integer> counts) {
      Map<RecordKind, Integer> all = new EnumMap<>(RecordKind.class);
      for (RecordKind k : RecordKind.values()) {
        all.put(k, counts.getOrDefault(k, 0));
      }
      return Collections.unmodifiableMap(all);
    }
  }

  /**
   * Nothing is stored: some records conflict with what is stored or with each other. A record that
   * changed since it was stored is never overwritten by an import; it is changed on its own.
   */
  record Refused(
      OrganizationCode organization, FiscalYear fiscalYear, List<RecordConflict> conflicts)
      implements RecordImport {

    public Refused {
      conflicts = List.copyOf(conflicts);
    }
  }

  /** Nothing is stored: no organization has the code; saving its first plan registers it. */
  record UnknownOrganization(OrganizationCode organization) implements RecordImport {}
}
