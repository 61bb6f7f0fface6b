package th.km.persistence.records;

import static java.nio.charset.StandardCharsets.UTF_8;
import static th.km.persistence.records.RecordsFolder.FORMAT;
import static th.km.persistence.records.RecordsFolder.FORMAT_VERSION;
import static th.km.persistence.records.RecordsFolder.MANIFEST;
import static th.km.persistence.records.RecordsFolder.fileName;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Recognition;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;

/**
 * The writing of a records folder: the manifest and one JSON Lines file per kind, each replaced
 * atomically, the records in their order, and one record as the line its file holds.
 */
final class RecordsFolderWriter {

  private RecordsFolderWriter() {}

  /**
   * Writes the records into the folder, creating it if needed: the manifest and one file per kind,
   * each replaced atomically, the records in their order. A kind without records gets an empty
   * file, so that writing over an older folder leaves none of its records behind.
   *
   * @throws PersistenceException when a file cannot be written
   */
  static void write(YearRecords records, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new RecordsFolderException(
          "สร้างโฟลเดอร์ " + dir + " ไม่ได้: " + e.getMessage(),
          "cannot create folder " + dir + ": " + e.getMessage(),
          e);
    }
    AtomicFiles.write(dir.resolve(MANIFEST), manifest(records).getBytes(UTF_8));
    writeKind(dir, RecordKind.STAFF, records.staff(), RecordMapping::writeStaff);
    writeKind(dir, RecordKind.TRAINING, records.trainings(), TrainingMapping::writeTraining);
    writeKind(
        dir,
        RecordKind.TRAINING_REPORT,
        records.trainingReports(),
        TrainingMapping::writeTrainingReport);
    writeKind(
        dir,
        RecordKind.SUPERVISOR_RATING,
        records.supervisorRatings(),
        TrainingMapping::writeSupervisorRating);
    writeKind(
        dir,
        RecordKind.KNOWLEDGE_ASSET,
        records.knowledgeAssets(),
        KnowledgeAssetMapping::writeKnowledgeAsset);
    writeKind(dir, RecordKind.MEETING, records.meetings(), RecordMapping::writeMeeting);
    writeKind(
        dir,
        RecordKind.ACKNOWLEDGEMENT,
        records.acknowledgements(),
        RecordMapping::writeAcknowledgement);
    writeKind(
        dir, RecordKind.ACCESS_EVENT, records.accessEvents(), RecordMapping::writeAccessEvent);
    writeKind(dir, RecordKind.RECOGNITION, records.recognitions(), RecordMapping::writeRecognition);
    writeKind(
        dir,
        RecordKind.PROGRESS_UPDATE,
        records.progressUpdates(),
        RecordMapping::writeProgressUpdate);
    writeKind(
        dir,
        RecordKind.EVALUATION_REPORT,
        records.evaluationReports(),
        RecordMapping::writeEvaluationReport);
    writeKind(
        dir, RecordKind.MONITORING_NOTE, records.monitoringNotes(), MonitoringNoteMapping::write);
  }

  /**
   * One record as a line of its kind's file holds it, without the line end: the form in which the
   * audit log keeps a record's state before and after a change.
   */
  static String json(YearRecord record) {
    ObjectNode node =
        switch (record) {
          case StaffMember r -> RecordMapping.writeStaff(r);
          case Training r -> TrainingMapping.writeTraining(r);
          case TrainingReport r -> TrainingMapping.writeTrainingReport(r);
          case SupervisorRating r -> TrainingMapping.writeSupervisorRating(r);
          case KnowledgeAsset r -> KnowledgeAssetMapping.writeKnowledgeAsset(r);
          case Meeting r -> RecordMapping.writeMeeting(r);
          case Acknowledgement r -> RecordMapping.writeAcknowledgement(r);
          case AccessEvent r -> RecordMapping.writeAccessEvent(r);
          case Recognition r -> RecordMapping.writeRecognition(r);
          case ProgressUpdate r -> RecordMapping.writeProgressUpdate(r);
          case EvaluationReport r -> RecordMapping.writeEvaluationReport(r);
          case MonitoringNote r -> MonitoringNoteMapping.write(r);
          default -> throw new IllegalArgumentException("not a record kind km stores: " + record);
        };
    try {
      return RecordsFolder.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Jackson could not write a tree of plain JSON nodes", e);
    }
  }

  private static String manifest(YearRecords records) {
    return "{\n"
        + "  \"format\": \"" + FORMAT + "\",\n"
        + "  \"formatVersion\": " + FORMAT_VERSION + ",\n"
        + "  \"organization\": \"" + records.organization().value() + "\",\n"
        + "  \"fiscalYear\": " + records.fiscalYear().buddhistYear() + "\n"
        + "}\n";
  }

  private static <T> void writeKind(
      Path dir, RecordKind kind, List<T> records, Function<T, ObjectNode> writer) {
    StringBuilder text = new StringBuilder();
    for (T record : records) {
      try {
        text.append(RecordsFolder.MAPPER.writeValueAsString(writer.apply(record))).append('\n');
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Jackson could not write a tree of plain JSON nodes", e);
      }
    }
    AtomicFiles.write(dir.resolve(fileName(kind)), text.toString().getBytes(UTF_8));
  }
}
