package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.AbstractEvaluationReport;
import th.km.core.records.AbstractKnowledgeAsset;
import th.km.core.records.AbstractMeeting;
import th.km.core.records.AbstractStaffMember;
import th.km.core.records.AbstractTrainingReport;
import th.km.core.records.AbstractYearRecords;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.ActivityRef;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Publication;
import th.km.core.records.Recognition;
import th.km.core.records.ReportRound;
import th.km.core.records.SignOff;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.YearRecords;

/**
 * The snapshot codec gives back records equal to those it was given, for random years of every
 * kind and shape; refuses bytes that were cut, changed or written by another version; and fails
 * here, not silently in a batch, when a record gains or loses a field the codec does not store.
 */
class RecordYearCodecTest {

  @Test
  void randomYearsReadBackEqual() {
    long seed = System.nanoTime();
    System.out.println("RecordYearCodecTest seed " + seed);
    RandomSnapshotRecords random = new RandomSnapshotRecords(seed);
    int kindsSeen = 0;
    for (int i = 0; i < 400; i++) {
      YearRecords records = random.next();
      byte[] bytes = RecordYearCodec.encode(records);
      assertEquals(records, RecordYearCodec.decode(bytes), "seed " + seed + ", year " + i);
      assertArrayEquals(bytes, RecordYearCodec.encode(RecordYearCodec.decode(bytes)), "seed " + seed);
      kindsSeen |= records.all().mapToInt(r -> 1 << r.kind().ordinal()).reduce(0, (a, b) -> a | b);
    }
    assertEquals((1 << th.km.core.records.RecordKind.values().length) - 1, kindsSeen,
        "every kind of record was written, seed " + seed);
  }

  @Test
  void anEmptyYearReadsBackEqual() {
    YearRecords empty = YearRecords.builder()
        .organization(OrganizationCode.of("ban-waen"))
        .fiscalYear(FiscalYear.ofBuddhistYear(2569))
        .build();
    assertEquals(empty, RecordYearCodec.decode(RecordYearCodec.encode(empty)));
  }

  @Test
  void cutOrChangedBytesAreRefused() {
    long seed = 2569;
    System.out.println("RecordYearCodecTest seed " + seed);
    byte[] bytes = RecordYearCodec.encode(new RandomSnapshotRecords(seed).next());
    for (int length = 0; length < bytes.length; length += Math.max(1, bytes.length / 200)) {
      byte[] cut = Arrays.copyOf(bytes, length);
      assertThrows(IllegalArgumentException.class, () -> RecordYearCodec.decode(cut), "cut at " + length);
    }
    for (int at = 0; at < bytes.length; at += Math.max(1, bytes.length / 200)) {
      byte[] changed = bytes.clone();
      changed[at] ^= 0x10;
      assertThrows(
          IllegalArgumentException.class, () -> RecordYearCodec.decode(changed), "byte " + at);
    }
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThrows(IllegalArgumentException.class, () -> RecordYearCodec.decode(longer));
  }

  /**
   * The fields of every record the codec stores, as it stores them. When this fails, a record
   * changed: make {@link RecordYearCodec} store the new field (or drop the old one), raise its
   * VERSION, and update the list here; otherwise snapshots would leave the field out.
   */
  @Test
  void theCodecStoresEveryFieldOfEveryRecord() {
    Map<String, List<String>> expected = new TreeMap<>();
    expected.put("AbstractYearRecords", List.of("organization", "fiscalYear", "staff",
        "trainings", "trainingReports", "supervisorRatings", "knowledgeAssets", "meetings",
        "acknowledgements", "accessEvents", "recognitions", "progressUpdates",
        "evaluationReports", "monitoringNotes"));
    expected.put("AbstractStaffMember", List.of("id", "name", "category", "division", "position",
        "birthDate", "retirementDate", "activeFrom", "activeUntil"));
    expected.put("Training",
        List.of("id", "personId", "title", "trainingKind", "setting", "start", "end", "returned"));
    expected.put("AbstractTrainingReport", List.of("id", "trainingId", "submittedOn", "signOffs",
        "place", "learned", "plannedUse"));
    expected.put("SignOff", List.of("position", "signedOn", "head"));
    expected.put("SupervisorRating", List.of("id", "trainingId", "before", "after", "ratedOn"));
    expected.put("AbstractKnowledgeAsset", List.of("id", "title", "assetKind", "withFlowchart",
        "division", "authorIds", "createdOn", "reviewedOn", "publications"));
    expected.put("Publication", List.of("channel", "publishedOn"));
    expected.put("AbstractMeeting", List.of("id", "meetingKind", "title", "date", "division",
        "attendeeIds", "otherAttendees"));
    expected.put("Acknowledgement", List.of("id", "personId", "topic", "date"));
    expected.put("AccessEvent", List.of("id", "assetId", "channel", "date", "hits"));
    expected.put("Recognition", List.of("id", "personId", "recognitionKind", "date"));
    expected.put("ProgressUpdate", List.of("id", "activity", "date", "percent", "narrative"));
    expected.put("ActivityRef", List.of("goal", "activity"));
    expected.put("AbstractEvaluationReport",
        List.of("id", "submittedOn", "recipient", "recommendations"));
    expected.put("MonitoringNote", List.of("id", "round", "date", "goal", "activity", "problems",
        "recommendations", "enteredBy"));
    expected.put("ReportRound", List.of("kind", "number"));
    Map<String, List<String>> actual = new TreeMap<>();
    for (Class<?> type : List.of(AbstractYearRecords.class, AbstractStaffMember.class,
        Training.class, AbstractTrainingReport.class, SignOff.class, SupervisorRating.class,
        AbstractKnowledgeAsset.class, Publication.class, AbstractMeeting.class,
        Acknowledgement.class, AccessEvent.class, Recognition.class, ProgressUpdate.class,
        ActivityRef.class, AbstractEvaluationReport.class, MonitoringNote.class,
        ReportRound.class)) {
      actual.put(type.getSimpleName(), fields(type));
    }
    assertEquals(expected, actual);
  }

  /**
   * A record's components, or the value attributes of an Immutables class (the fields of the class
   * Immutables generates from it), by name in their order.
   */
  private static List<String> fields(Class<?> type) {
    if (type.isRecord()) {
      return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
    String generated =
        type.getPackageName() + "." + type.getSimpleName().substring("Abstract".length());
    try {
      return Arrays.stream(Class.forName(generated).getDeclaredFields())
          .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
          .map(Field::getName)
          .toList();
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
