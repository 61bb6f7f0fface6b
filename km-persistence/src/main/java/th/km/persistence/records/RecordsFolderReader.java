package th.km.persistence.records;

import static th.km.persistence.records.RecordsFolder.MANIFEST;
import static th.km.persistence.records.RecordsFolder.fileName;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import th.km.core.LocalizedText;
import th.km.core.plan.KmPlan;
import th.km.core.records.RecordKind;
import th.km.core.records.RecordProblem;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.persistence.json.JsonValueWords;
import th.km.persistence.records.ManifestReader.Manifest;

/**
 * The reading of one records folder: the manifest, then each kind's file line by line in the order
 * that lets every reference be checked on its own line, then the core's checks of the year as a
 * whole. Every problem is collected with its file, line and field; any error refuses the folder.
 */
final class RecordsFolderReader {

  private final Path dir;
  private final Optional<KmPlan> plan;
  private final Problems problems = new Problems();

  RecordsFolderReader(Path dir, Optional<KmPlan> plan) {
    this.dir = dir;
    this.plan = plan;
  }

  RecordsReading read() {
    if (!Files.isDirectory(dir)) {
      problems.error(
          "",
          0,
          "",
          "ไม่พบโฟลเดอร์บันทึก " + dir,
          "records folder " + dir + " does not exist or is not a folder");
      return result(Optional.empty());
    }
    Optional<Manifest> manifest = new ManifestReader(dir, plan, problems).read();
    FolderContext context = new FolderContext(manifest.map(Manifest::fiscalYear), plan);
    YearRecords.Builder records = YearRecords.builder();
    readKind(RecordKind.STAFF, context, RecordMapping::readStaff, records::addStaff);
    readKind(RecordKind.TRAINING, context, TrainingMapping::readTraining, records::addTrainings);
    readKind(
        RecordKind.TRAINING_REPORT,
        context,
        TrainingMapping::readTrainingReport,
        records::addTrainingReports);
    readKind(
        RecordKind.SUPERVISOR_RATING,
        context,
        TrainingMapping::readSupervisorRating,
        records::addSupervisorRatings);
    readKind(
        RecordKind.KNOWLEDGE_ASSET,
        context,
        KnowledgeAssetMapping::readKnowledgeAsset,
        records::addKnowledgeAssets);
    readKind(RecordKind.MEETING, context, RecordMapping::readMeeting, records::addMeetings);
    readKind(
        RecordKind.ACKNOWLEDGEMENT,
        context,
        RecordMapping::readAcknowledgement,
        records::addAcknowledgements);
    readKind(
        RecordKind.ACCESS_EVENT, context, RecordMapping::readAccessEvent, records::addAccessEvents);
    readKind(
        RecordKind.RECOGNITION, context, RecordMapping::readRecognition, records::addRecognitions);
    readKind(
        RecordKind.PROGRESS_UPDATE,
        context,
        RecordMapping::readProgressUpdate,
        records::addProgressUpdates);
    readKind(
        RecordKind.EVALUATION_REPORT,
        context,
        RecordMapping::readEvaluationReport,
        records::addEvaluationReports);
    readKind(
        RecordKind.MONITORING_NOTE,
        context,
        MonitoringNoteMapping::read,
        records::addMonitoringNotes);
    rejectUnknownFiles();
    if (problems.hasErrors() || manifest.isEmpty()) {
      return result(Optional.empty());
    }
    YearRecords year =
        records
            .organization(manifest.get().organization())
            .fiscalYear(manifest.get().fiscalYear())
            .build();
    addCoreProblems(year, context);
    return result(Optional.of(year));
  }

  private RecordsReading result(Optional<YearRecords> records) {
    List<String> order = new ArrayList<>();
    order.add("");
    order.add(MANIFEST);
    for (RecordKind kind : RecordKind.values()) {
      order.add(fileName(kind));
    }
    List<RecordsFileProblem> sorted = problems.sorted(order);
    if (records.isPresent() && !problems.hasErrors()) {
      return new RecordsReading.Loaded(records.get(), sorted);
    }
    return new RecordsReading.Refused(sorted);
  }

  /** Reads the file of one kind line by line, handing each record that reads well to the sink. */
  private <T extends YearRecord> void readKind(
      RecordKind kind,
      FolderContext context,
      Function<LineIn, Optional<T>> reader,
      Consumer<T> sink) {
    String file = fileName(kind);
    Optional<String> text = RecordsFileText.read(dir, file, problems);
    if (text.isEmpty()) {
      return;
    }
    String[] lines = text.get().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = RecordsFolder.MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        LocalizedText reason = JsonReasons.of(e);
        problems.error(
            file,
            lineNumber,
            JsonReasons.field(e),
            "ไม่ใช่ JSON ที่ถูกต้อง: " + reason.th()
                + " (หนึ่งบรรทัดต้องเป็นหนึ่งออบเจกต์ { } ทั้งออบเจกต์)",
            "not valid JSON: " + reason.en() + " (each line must hold one whole object { })");
        continue;
      }
      if (!(node instanceof ObjectNode object)) {
        problems.error(
            file,
            lineNumber,
            "",
            "หนึ่งบรรทัดต้องเป็นหนึ่งออบเจกต์ { } แต่พบ " + JsonValueWords.describeTh(node),
            "each line must hold one object { }, found " + JsonValueWords.describeEn(node));
        continue;
      }
      reader.apply(LineIn.of(file, lineNumber, object, context, problems)).ifPresent(sink);
      TextValues.check(file, lineNumber, object, problems);
    }
  }

  /** Files that look like records but that km does not read would silently drop records. */
  private void rejectUnknownFiles() {
    TreeSet<String> known = new TreeSet<>(RecordsFolder.fileNames());
    TreeSet<String> strays = new TreeSet<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if ((lower.endsWith(".jsonl") || lower.endsWith(".csv")) && !known.contains(name)) {
          strays.add(name);
        }
      }
    } catch (IOException e) {
      problems.error(
          "",
          0,
          "",
          "อ่านรายชื่อไฟล์ในโฟลเดอร์ไม่ได้: " + e.getMessage(),
          "cannot list the folder: " + e.getMessage());
      return;
    }
    String names = String.join(", ", known);
    for (String stray : strays) {
      problems.error(
          stray,
          0,
          "",
          "ไม่ใช่ชื่อไฟล์บันทึกที่ km อ่าน บันทึกในไฟล์นี้จะไม่ถูกนับ ชื่อที่ใช้ได้คือ " + names,
          "not a records file km reads, so its records would not count; the names are " + names);
    }
  }

  /**
   * The core's own checks of the records as a whole, for anything the line-by-line reading did
   * not already report on the same line: records dated outside the fiscal year, and whatever
   * the core checks beyond what this reader knows.
   */
  private void addCoreProblems(YearRecords year, FolderContext context) {
    List<RecordProblem> found = plan.map(year::validate).orElseGet(year::validate);
    for (RecordProblem p : found) {
      Optional<FolderContext.Location> at = context.locationOf(p.recordId());
      String file = at.map(FolderContext.Location::file).orElse(fileName(p.kind()));
      int line = at.map(FolderContext.Location::line).orElse(0);
      if (problems.reportedOn(file, line, p.severity())) {
        continue;
      }
      String field = p.severity() == RecordProblem.Severity.WARNING ? dateField(p.kind()) : "";
      problems.add(new RecordsFileProblem(file, line, field, p.severity(), p.message()));
    }
  }

  /** The field that holds the day a record of the kind counts on. */
  private static String dateField(RecordKind kind) {
    return switch (kind) {
      case STAFF -> "";
      case TRAINING -> "start";
      case TRAINING_REPORT, EVALUATION_REPORT -> "submittedOn";
      case SUPERVISOR_RATING -> "ratedOn";
      case KNOWLEDGE_ASSET -> "createdOn";
      case MEETING, ACKNOWLEDGEMENT, ACCESS_EVENT, RECOGNITION, PROGRESS_UPDATE, MONITORING_NOTE ->
          "date";
    };
  }
}
