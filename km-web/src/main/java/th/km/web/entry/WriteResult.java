package th.km.web.entry;

import java.util.List;
import th.km.core.LocalizedText;

/** What became of a write of one record. */
public sealed interface WriteResult {

  /** The record is stored at the version. */
  record Saved(Versioned stored) implements WriteResult {}

  /**
   * Nothing was stored: someone else stored the record since it was read (or, for a new record,
   * its id is taken). {@code current} is what is stored now.
   */
  record Conflict(Versioned current) implements WriteResult {}

  /** Nothing was stored, for the reasons given in Thai and English. */
  record Rejected(List<LocalizedText> reasons) implements WriteResult {
    public Rejected {
      reasons = List.copyOf(reasons);
    }
  }
}
