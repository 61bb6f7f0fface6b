package th.km.persistence.records;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Recognition;
import th.km.core.records.RecordKind;
import th.km.core.records.RecordProblem;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.persistence.PersistenceException;

/**
 * The records of one organization's fiscal year as a folder of files: a manifest {@value
 * #MANIFEST} that names the organization and the year, and one JSON Lines file per kind of record
 * ({@code staff.jsonl}, {@code trainings.jsonl}, …), one record per line, as {@code
 * docs/records-format.md} describes. A missing file means no records of its kind.
 *
 * <p>Reading is all or nothing: every problem of every file is found and reported with its file,
 * line and field, and a folder with any error gives no records, so that nothing is evaluated on a
 * half-read year. Writing replaces each file atomically and keeps the records' order, so that
 * reading what was written gives equal records.
 */
public final class RecordsFolder {

  /** The manifest's file name. */
  public static final String MANIFEST = "records.json";

  /** The value of the manifest's {@code "format"} field. */
  public static final String FORMAT = "km-records";

  /** The version of the format this code writes and the only one it reads. */
  public static final int FORMAT_VERSION = 1;

  private static final Map<RecordKind, String> FILE_NAMES = fileNames();

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          // A field written twice on one line would otherwise silently lose its first value.
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private RecordsFolder() {}

  /** The name of the file that holds the records of the kind, such as {@code trainings.jsonl}. */
  public static String fileName(RecordKind kind) {
    return FILE_NAMES.get(kind);
  }

  private static Map<RecordKind, String> fileNames() {
    Map<RecordKind, String> names = new EnumMap<>(RecordKind.class);
    for (RecordKind kind : RecordKind.values()) {
      names.put(
          kind,
          switch (kind) {
            case STAFF -> "staff.jsonl";
            case TRAINING -> "trainings.jsonl";
            case TRAINING_REPORT -> "training-reports.jsonl";
            case SUPERVISOR_RATING -> "supervisor-ratings.jsonl";
            case KNOWLEDGE_ASSET -> "knowledge-assets.jsonl";
            case MEETING -> "meetings.jsonl";
            case ACKNOWLEDGEMENT -> "acknowledgements.jsonl";
            case ACCESS_EVENT -> "access-events.jsonl";
            case RECOGNITION -> "recognitions.jsonl";
            case PROGRESS_UPDATE -> "progress-updates.jsonl";
            case EVALUATION_REPORT -> "evaluation-reports.jsonl";
            case MONITORING_NOTE -> "monitoring-notes.jsonl";
          });
    }
    return Map.copyOf(names);
  }

  // Reading

  /**
   * The records in the folder, checked on their own: ids, references between records, dates.
   *
   * @throws RecordsFolderException listing every problem when the folder has any error
   */
  public static YearRecords read(Path dir) {
    return loaded(dir, load(dir));
  }

  /**
   * The records in the folder, checked on their own and against the plan: the organization and
   * fiscal year must be the plan's, divisions and activities must be in it.
   *
   * @throws RecordsFolderException listing every problem when the folder has any error
   */
  public static YearRecords read(Path dir, KmPlan plan) {
    return loaded(dir, load(dir, plan));
  }

  /** Reads the folder, checked on its own, into records or a refusal that lists every problem. */
  public static RecordsReading load(Path dir) {
    return new Reader(dir, Optional.empty()).read();
  }

  /** Reads the folder, checked on its own and against the plan, into records or a refusal. */
  public static RecordsReading load(Path dir, KmPlan plan) {
    return new Reader(dir, Optional.of(plan)).read();
  }

  private static YearRecords loaded(Path dir, RecordsReading reading) {
    return switch (reading) {
      case RecordsReading.Loaded l -> l.records();
      case RecordsReading.Refused r -> throw new RecordsFolderException(dir.toString(), r.problems());
    };
  }

  /** The reading of one folder. */
  private static final class Reader {

    private final Path dir;
    private final Optional<KmPlan> plan;
    private final Problems problems = new Problems();

    Reader(Path dir, Optional<KmPlan> plan) {
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
      Optional<Manifest> manifest = readManifest();
      FolderContext context = new FolderContext(manifest.map(Manifest::fiscalYear), plan);
      YearRecords.Builder records = YearRecords.builder();
      readKind(RecordKind.STAFF, context, RecordMapping::readStaff, records::addStaff);
      readKind(RecordKind.TRAINING, context, RecordMapping::readTraining, records::addTrainings);
      readKind(
          RecordKind.TRAINING_REPORT,
          context,
          RecordMapping::readTrainingReport,
          records::addTrainingReports);
      readKind(
          RecordKind.SUPERVISOR_RATING,
          context,
          RecordMapping::readSupervisorRating,
          records::addSupervisorRatings);
      readKind(
          RecordKind.KNOWLEDGE_ASSET,
          context,
          RecordMapping::readKnowledgeAsset,
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

    /** The manifest: organization and fiscal year, checked against the plan when there is one. */
    private Optional<Manifest> readManifest() {
      Optional<String> text = readText(MANIFEST);
      if (text.isEmpty()) {
        if (!Files.exists(dir.resolve(MANIFEST))) {
          problems.error(
              MANIFEST,
              0,
              "",
              "ไม่มีไฟล์ " + MANIFEST + " ซึ่งบอกองค์กรและปีงบประมาณของบันทึก",
              "there is no " + MANIFEST + ", which names the organization and fiscal year");
        }
        return Optional.empty();
      }
      JsonNode tree;
      Map<String, Integer> lines;
      try {
        tree = MAPPER.readTree(text.get());
        lines = fieldLines(text.get());
      } catch (JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        problems.error(
            MANIFEST,
            line,
            "",
            "ไม่ใช่ JSON ที่ถูกต้อง: " + e.getOriginalMessage(),
            "not valid JSON: " + e.getOriginalMessage());
        return Optional.empty();
      }
      if (!(tree instanceof ObjectNode manifest)) {
        problems.error(
            MANIFEST, 1, "", "ต้องเป็นออบเจกต์ JSON { }", "must hold one JSON object { }");
        return Optional.empty();
      }
      return new ManifestReader(manifest, lines).read();
    }

    /** Reads the file of one kind line by line, handing each record that reads well to the sink. */
    private <T extends YearRecord> void readKind(
        RecordKind kind,
        FolderContext context,
        Function<LineIn, Optional<T>> reader,
        java.util.function.Consumer<T> sink) {
      String file = fileName(kind);
      Optional<String> text = readText(file);
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
          node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          problems.error(
              file,
              lineNumber,
              "",
              "ไม่ใช่ JSON ที่ถูกต้อง: " + e.getOriginalMessage()
                  + " (หนึ่งบรรทัดต้องเป็นหนึ่งออบเจกต์ { } ทั้งออบเจกต์)",
              "not valid JSON: " + e.getOriginalMessage()
                  + " (each line must hold one whole object { })");
          continue;
        }
        if (!(node instanceof ObjectNode object)) {
          problems.error(
              file,
              lineNumber,
              "",
              "หนึ่งบรรทัดต้องเป็นหนึ่งออบเจกต์ { } แต่พบ " + LineIn.describeTh(node),
              "each line must hold one object { }, found " + LineIn.describeEn(node));
          continue;
        }
        reader.apply(LineIn.of(file, lineNumber, object, context, problems)).ifPresent(sink);
      }
    }

    /**
     * The file's text, empty when the file does not exist or cannot be read as UTF-8 (which is
     * reported).
     */
    private Optional<String> readText(String file) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(dir.resolve(file));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      } catch (IOException e) {
        problems.error(
            file, 0, "", "อ่านไฟล์ไม่ได้: " + e.getMessage(), "cannot read the file: " + e.getMessage());
        return Optional.empty();
      }
      CharsetDecoder decoder =
          UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(bytes.length);
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        result = decoder.flush(out);
      }
      if (result.isError()) {
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
          if (bytes[i] == '\n') {
            line++;
          }
        }
        problems.error(
            file,
            line,
            "",
            "ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 (อาจบันทึกเป็น TIS-620 หรือ Windows-874) ให้บันทึกใหม่เป็น UTF-8",
            "the file is not UTF-8 text (perhaps TIS-620 or Windows-874); save it again as UTF-8");
        return Optional.empty();
      }
      out.flip();
      String text = out.toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Files that look like records but that km does not read would silently drop records. */
    private void rejectUnknownFiles() {
      TreeSet<String> known = new TreeSet<>(FILE_NAMES.values());
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

    /** The manifest's fields, each problem at the line of its field. */
    private final class ManifestReader {
      private final ObjectNode node;
      private final Map<String, Integer> lines;

      ManifestReader(ObjectNode node, Map<String, Integer> lines) {
        this.node = node;
        this.lines = lines;
      }

      Optional<Manifest> read() {
        int before = problems.count();
        JsonNode format = node.get("format");
        if (format == null || !format.isTextual() || !format.textValue().equals(FORMAT)) {
          error(
              "format",
              "ไม่ใช่ไฟล์บันทึก km: ต้องมี \"format\": \"" + FORMAT + "\"",
              "not a km records manifest: it needs \"format\": \"" + FORMAT + "\"");
        }
        JsonNode version = node.get("formatVersion");
        if (version == null || !version.isInt() || version.intValue() != FORMAT_VERSION) {
          error(
              "formatVersion",
              "อ่านได้เฉพาะรูปแบบรุ่น " + FORMAT_VERSION + " (\"formatVersion\": " + FORMAT_VERSION + ")",
              "only format version " + FORMAT_VERSION + " can be read (\"formatVersion\": "
                  + FORMAT_VERSION + ")");
        }
        Optional<OrganizationCode> organization = organization();
        Optional<FiscalYear> fiscalYear = fiscalYear();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          String name = field.getKey();
          if (!List.of("format", "formatVersion", "organization", "fiscalYear").contains(name)) {
            error(
                name,
                "ไม่รู้จักฟิลด์ '" + name + "' ฟิลด์ที่ใช้ได้คือ format, formatVersion, organization, fiscalYear",
                "unknown field '" + name + "'; the fields are format, formatVersion, organization,"
                    + " fiscalYear");
          }
        }
        if (problems.count() > before || organization.isEmpty() || fiscalYear.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(new Manifest(organization.get(), fiscalYear.get()));
      }

      private Optional<OrganizationCode> organization() {
        JsonNode value = node.get("organization");
        if (value == null || !value.isTextual()) {
          error(
              "organization",
              "ต้องมีรหัสองค์กร เช่น \"organization\": \"ban-waen\"",
              "needs the organization's code, such as \"organization\": \"ban-waen\"");
          return Optional.empty();
        }
        OrganizationCode code;
        try {
          code = OrganizationCode.of(value.textValue());
        } catch (IllegalArgumentException e) {
          error(
              "organization",
              "รหัสองค์กร '" + value.textValue() + "' ใช้ไม่ได้: ต้องเป็นอักษรละตินตัวเล็ก ตัวเลข และขีดกลาง",
              "organization code '" + value.textValue()
                  + "' is not allowed: lower-case Latin letters, digits and inner dashes");
          return Optional.empty();
        }
        if (plan.isPresent() && !plan.get().organization().code().equals(code)) {
          error(
              "organization",
              "บันทึกเป็นขององค์กร " + code + " แต่แผนเป็นของ " + plan.get().organization().code(),
              "the records are " + code + "'s but the plan is "
                  + plan.get().organization().code() + "'s");
        }
        return Optional.of(code);
      }

      private Optional<FiscalYear> fiscalYear() {
        JsonNode value = node.get("fiscalYear");
        if (value == null || !value.isInt()) {
          error(
              "fiscalYear",
              "ต้องมีปีงบประมาณเป็นปี พ.ศ. เช่น \"fiscalYear\": 2569",
              "needs the fiscal year as a Buddhist-era year, such as \"fiscalYear\": 2569");
          return Optional.empty();
        }
        FiscalYear year;
        try {
          year = FiscalYear.ofBuddhistYear(value.intValue());
        } catch (IllegalArgumentException e) {
          error(
              "fiscalYear",
              "ปีงบประมาณ " + value.intValue() + " ใช้ไม่ได้: ต้องเป็นปี พ.ศ. เช่น 2569",
              "fiscal year " + value.intValue() + " is not allowed: write the Buddhist-era year,"
                  + " such as 2569");
          return Optional.empty();
        }
        if (plan.isPresent() && !plan.get().fiscalYear().equals(year)) {
          error(
              "fiscalYear",
              "บันทึกเป็นของปีงบประมาณ พ.ศ. " + year.buddhistYear() + " แต่แผนเป็นของปี พ.ศ. "
                  + plan.get().fiscalYear().buddhistYear(),
              "the records are for " + year + " but the plan is for " + plan.get().fiscalYear());
        }
        return Optional.of(year);
      }

      private void error(String field, String th, String en) {
        problems.error(MANIFEST, lines.getOrDefault(field, 1), field, th, en);
      }
    }
  }

  /** The organization and fiscal year the manifest names. */
  private record Manifest(OrganizationCode organization, FiscalYear fiscalYear) {}

  /** The line of each field of the top-level object, for messages. */
  private static Map<String, Integer> fieldLines(String json) throws JsonProcessingException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = MAPPER.createParser(json)) {
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case FIELD_NAME -> {
            if (depth == 1) {
              lines.putIfAbsent(parser.currentName(), parser.currentTokenLocation().getLineNr());
            }
          }
          default -> {}
        }
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new PersistenceException("reading JSON from a string failed: " + e, e);
    }
    return lines;
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

  // Writing

  /**
   * Writes the records into the folder, creating it if needed: the manifest and one file per kind,
   * each replaced atomically, the records in their order. A kind without records gets an empty
   * file, so that writing over an older folder leaves none of its records behind.
   *
   * @throws PersistenceException when a file cannot be written
   */
  public static void write(YearRecords records, Path dir) {
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
    writeKind(dir, RecordKind.TRAINING, records.trainings(), RecordMapping::writeTraining);
    writeKind(
        dir,
        RecordKind.TRAINING_REPORT,
        records.trainingReports(),
        RecordMapping::writeTrainingReport);
    writeKind(
        dir,
        RecordKind.SUPERVISOR_RATING,
        records.supervisorRatings(),
        RecordMapping::writeSupervisorRating);
    writeKind(
        dir,
        RecordKind.KNOWLEDGE_ASSET,
        records.knowledgeAssets(),
        RecordMapping::writeKnowledgeAsset);
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
  public static String json(YearRecord record) {
    ObjectNode node =
        switch (record) {
          case StaffMember r -> RecordMapping.writeStaff(r);
          case Training r -> RecordMapping.writeTraining(r);
          case TrainingReport r -> RecordMapping.writeTrainingReport(r);
          case SupervisorRating r -> RecordMapping.writeSupervisorRating(r);
          case KnowledgeAsset r -> RecordMapping.writeKnowledgeAsset(r);
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
      return MAPPER.writeValueAsString(node);
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
        text.append(MAPPER.writeValueAsString(writer.apply(record))).append('\n');
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Jackson could not write a tree of plain JSON nodes", e);
      }
    }
    AtomicFiles.write(dir.resolve(fileName(kind)), text.toString().getBytes(UTF_8));
  }
}
