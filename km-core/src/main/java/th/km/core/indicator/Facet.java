package th.km.core.indicator;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import th.km.core.records.RecordKind;

/**
 * A dimension a {@link RecordFilter} can narrow records by, with the record kinds it applies to. A
 * filter that narrows a kind by a facet the kind does not have is a programming error.
 */
public enum Facet {
  /** The division of the record, of its owner, or of the staff it names. */
  DIVISION(
      EnumSet.of(
          RecordKind.STAFF,
          RecordKind.TRAINING,
          RecordKind.TRAINING_REPORT,
          RecordKind.SUPERVISOR_RATING,
          RecordKind.KNOWLEDGE_ASSET,
          RecordKind.MEETING,
          RecordKind.ACKNOWLEDGEMENT,
          RecordKind.ACCESS_EVENT,
          RecordKind.RECOGNITION)),
  /** The category of the staff the record names. */
  STAFF_CATEGORY(
      EnumSet.of(
          RecordKind.STAFF,
          RecordKind.TRAINING,
          RecordKind.TRAINING_REPORT,
          RecordKind.SUPERVISOR_RATING,
          RecordKind.KNOWLEDGE_ASSET,
          RecordKind.MEETING,
          RecordKind.ACKNOWLEDGEMENT,
          RecordKind.RECOGNITION)),
  TRAINING_KIND(
      EnumSet.of(RecordKind.TRAINING, RecordKind.TRAINING_REPORT, RecordKind.SUPERVISOR_RATING)),
  TRAINING_SETTING(
      EnumSet.of(RecordKind.TRAINING, RecordKind.TRAINING_REPORT, RecordKind.SUPERVISOR_RATING)),
  ASSET_KIND(EnumSet.of(RecordKind.KNOWLEDGE_ASSET, RecordKind.ACCESS_EVENT)),
  MINIMUM_STATUS(EnumSet.of(RecordKind.KNOWLEDGE_ASSET)),
  WITH_FLOWCHART(EnumSet.of(RecordKind.KNOWLEDGE_ASSET)),
  /** For an asset, the channels it is published on; for an access, the channel it came through. */
  CHANNEL(EnumSet.of(RecordKind.KNOWLEDGE_ASSET, RecordKind.ACCESS_EVENT)),
  MEETING_KIND(EnumSet.of(RecordKind.MEETING)),
  RECOGNITION_KIND(EnumSet.of(RecordKind.RECOGNITION)),
  ACKNOWLEDGEMENT_TOPIC(EnumSet.of(RecordKind.ACKNOWLEDGEMENT)),
  ACTIVITY(EnumSet.of(RecordKind.PROGRESS_UPDATE));

  private final ImmutableSet<RecordKind> appliesTo;

  Facet(EnumSet<RecordKind> appliesTo) {
    this.appliesTo = Sets.immutableEnumSet(appliesTo);
  }

  public boolean appliesTo(RecordKind kind) {
    return appliesTo.contains(kind);
  }
}
