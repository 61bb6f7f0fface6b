package th.km.core.entry;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import th.km.core.LocalizedText;

/** What became of a write of {@link RecordCommands}: switch over it to tell the person. */
public sealed interface WriteResult {

  /**
   * The record is stored, as version {@code version}, and the audit log says so.
   *
   * @param version the record's version now: 0 after an add, the seen version plus one after a
   *     correction; what the next correction must name
   * @param warnings what the record may have wrong without being refused (a date outside the fiscal
   *     year, which the evaluation does not count there); empty when nothing
   */
  record Saved(int version, List<LocalizedText> warnings) implements WriteResult {
    public Saved {
      checkArgument(version >= 0, "a saved version is 0 or more, got %s", version);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Nothing was stored: someone else corrected the record since its editor read it. {@code current}
   * is the record as it is stored now; show it, and let the person redo the correction on it.
   */
  record Conflict(Versioned current) implements WriteResult {}

  /**
   * Nothing was stored: the record cannot be entered as it is. Each reason names what is wrong and
   * where, in Thai and English (a report on a training nobody recorded, an id already used, a
   * division the plan does not list, a record that does not exist to be corrected).
   */
  record Rejected(List<LocalizedText> reasons) implements WriteResult {
    public Rejected {
      checkArgument(!reasons.isEmpty(), "a rejection needs a reason");
      reasons = List.copyOf(reasons);
    }

    public static Rejected because(String th, String en) {
      return new Rejected(List.of(LocalizedText.of(th, en)));
    }
  }
}
