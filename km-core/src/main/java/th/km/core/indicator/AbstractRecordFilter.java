package th.km.core.indicator;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.StaffCategory;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.MeetingKind;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecognitionKind;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingSetting;

/**
 * Which records of a kind an indicator counts. Each facet left empty lets every record through;
 * within a facet any listed value will do (a record in กองคลัง or กองช่าง), and all facets must hold.
 * Its hash code is worked out once, when it is built: an evaluation looks filters up by value.
 */
@Value.Immutable(prehash = true)
public abstract class AbstractRecordFilter {

  public abstract Set<DivisionCode> divisions();

  public abstract Set<StaffCategory> staffCategories();

  public abstract Set<TrainingKind> trainingKinds();

  public abstract Set<TrainingSetting> trainingSettings();

  public abstract Set<AssetKind> assetKinds();

  /** An asset counts from the day it reached this status (a reviewed manual, a published story). */
  public abstract Optional<AssetStatus> minimumStatus();

  public abstract Optional<Boolean> withFlowchart();

  public abstract Set<PublicationChannel> channels();

  public abstract Set<MeetingKind> meetingKinds();

  public abstract Set<RecognitionKind> recognitionKinds();

  public abstract Set<AcknowledgementTopic> topics();

  public abstract Optional<ActivityRef> activity();

  /** The filter that lets every record through. */
  public static RecordFilter any() {
    return RecordFilter.builder().build();
  }

  /** The facets this filter narrows by. */
  public Set<Facet> facets() {
    Set<Facet> facets = EnumSet.noneOf(Facet.class);
    if (!divisions().isEmpty()) {
      facets.add(Facet.DIVISION);
    }
    if (!staffCategories().isEmpty()) {
      facets.add(Facet.STAFF_CATEGORY);
    }
    if (!trainingKinds().isEmpty()) {
      facets.add(Facet.TRAINING_KIND);
    }
    if (!trainingSettings().isEmpty()) {
      facets.add(Facet.TRAINING_SETTING);
    }
    if (!assetKinds().isEmpty()) {
      facets.add(Facet.ASSET_KIND);
    }
    if (minimumStatus().isPresent()) {
      facets.add(Facet.MINIMUM_STATUS);
    }
    if (withFlowchart().isPresent()) {
      facets.add(Facet.WITH_FLOWCHART);
    }
    if (!channels().isEmpty()) {
      facets.add(Facet.CHANNEL);
    }
    if (!meetingKinds().isEmpty()) {
      facets.add(Facet.MEETING_KIND);
    }
    if (!recognitionKinds().isEmpty()) {
      facets.add(Facet.RECOGNITION_KIND);
    }
    if (!topics().isEmpty()) {
      facets.add(Facet.ACKNOWLEDGEMENT_TOPIC);
    }
    if (activity().isPresent()) {
      facets.add(Facet.ACTIVITY);
    }
    return facets;
  }
}
