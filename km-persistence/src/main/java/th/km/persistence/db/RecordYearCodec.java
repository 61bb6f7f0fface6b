package th.km.persistence.db;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Publication;
import th.km.core.records.Recognition;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecords;

/**
 * The stored form of an organization's records of a year ({@code record_year_snapshot.content},
 * V52): every field {@code YearRecords.equals} compares, written kind by kind in the records'
 * order, and read back into records equal to those written.
 *
 * <p>The format, numbered {@link #VERSION}: a magic number and the version, a table of every text
 * of the year (ids, titles, names, and the names of enum constants) each written once, the records
 * with their texts as indexes into that table, dates as epoch days, numbers as variable-length
 * integers, optional fields behind a byte of presence flags, and a CRC-32C of all that. An enum
 * constant is stored by its name, not its position, so that reordering an enum cannot remap a
 * stored value; a name the enum no longer has makes the snapshot unreadable, and the rows are read
 * instead. Change the format, and raise {@link #VERSION} with it: a snapshot of another version is
 * never decoded.
 */
final class RecordYearCodec {

  /** The format's version, stored beside each snapshot ({@code record_year_snapshot.codec}). */
  static final int VERSION = 1;

  /** The first bytes of every snapshot: "KMRY". */
  private static final int MAGIC = 0x4B4D5259;

  private RecordYearCodec() {}

  /** The records' stored form. */
  static byte[] encode(YearRecords records) {
    return new RecordYearEncoder().encode(records);
  }

  /**
   * The records stored in {@code content}.
   *
   * @throws IllegalArgumentException when the bytes are not a whole snapshot of this version (cut
   *     short, corrupted, of another format, or naming an enum constant km no longer has)
   */
  static YearRecords decode(byte[] content) {
    SnapshotBytes.In in = SnapshotBytes.checked(content, MAGIC, VERSION, "snapshot");
    try {
      YearRecords records = new RecordYearDecoder(in).decode();
      if (in.remaining() != 0) {
        throw new IllegalArgumentException("the snapshot has bytes after its records");
      }
      return records;
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      // A record refused by its own checks, a date or a table index out of range.
      throw new IllegalArgumentException("the snapshot does not hold valid records: " + e, e);
    }
  }

  /** The writing half: the body first, then the text table in front of it. */
  private static final class RecordYearEncoder {
    private final SnapshotBytes.Out body = new SnapshotBytes.Out(1 << 14);
    private final Map<String, Integer> indexes = new HashMap<>();
    private final SnapshotBytes.Out table = new SnapshotBytes.Out(1 << 14);

    byte[] encode(YearRecords r) {
      text(r.organization().value());
      body.signed(r.fiscalYear().buddhistYear());
      body.count(r.staff().size());
      for (StaffMember s : r.staff()) {
        text(s.id());
        text(s.name());
        name(s.category());
        flags(s.division(), s.position(), s.birthDate(), s.retirementDate(), s.activeFrom(),
            s.activeUntil());
        s.division().ifPresent(d -> text(d.value()));
        s.position().ifPresent(this::text);
        s.birthDate().ifPresent(this::date);
        s.retirementDate().ifPresent(this::date);
        s.activeFrom().ifPresent(this::date);
        s.activeUntil().ifPresent(this::date);
      }
      body.count(r.trainings().size());
      for (Training t : r.trainings()) {
        text(t.id());
        text(t.personId());
        text(t.title());
        name(t.trainingKind());
        name(t.setting());
        date(t.start());
        date(t.end());
        date(t.returned());
      }
      body.count(r.trainingReports().size());
      for (TrainingReport t : r.trainingReports()) {
        text(t.id());
        text(t.trainingId());
        date(t.submittedOn());
        body.count(t.signOffs().size());
        for (SignOff s : t.signOffs()) {
          text(s.position());
          date(s.signedOn());
          body.write(s.head() ? 1 : 0);
        }
        flags(t.place(), t.learned(), t.plannedUse());
        t.place().ifPresent(this::text);
        t.learned().ifPresent(this::text);
        t.plannedUse().ifPresent(this::text);
      }
      body.count(r.supervisorRatings().size());
      for (SupervisorRating s : r.supervisorRatings()) {
        text(s.id());
        text(s.trainingId());
        body.signed(s.before());
        body.signed(s.after());
        date(s.ratedOn());
      }
      body.count(r.knowledgeAssets().size());
      for (KnowledgeAsset a : r.knowledgeAssets()) {
        text(a.id());
        text(a.title());
        name(a.assetKind());
        body.write(a.withFlowchart() ? 1 : 0);
        flags(a.division(), a.reviewedOn());
        a.division().ifPresent(d -> text(d.value()));
        a.reviewedOn().ifPresent(this::date);
        texts(a.authorIds());
        date(a.createdOn());
        body.count(a.publications().size());
        for (Publication p : a.publications()) {
          name(p.channel());
          date(p.publishedOn());
        }
      }
      body.count(r.meetings().size());
      for (Meeting m : r.meetings()) {
        text(m.id());
        name(m.meetingKind());
        text(m.title());
        date(m.date());
        flags(m.division());
        m.division().ifPresent(d -> text(d.value()));
        texts(m.attendeeIds());
        body.signed(m.otherAttendees());
      }
      body.count(r.acknowledgements().size());
      for (Acknowledgement a : r.acknowledgements()) {
        text(a.id());
        text(a.personId());
        name(a.topic());
        date(a.date());
      }
      body.count(r.accessEvents().size());
      for (AccessEvent a : r.accessEvents()) {
        text(a.id());
        text(a.assetId());
        name(a.channel());
        date(a.date());
        body.signed(a.hits());
      }
      body.count(r.recognitions().size());
      for (Recognition a : r.recognitions()) {
        text(a.id());
        text(a.personId());
        name(a.recognitionKind());
        date(a.date());
      }
      body.count(r.progressUpdates().size());
      for (ProgressUpdate p : r.progressUpdates()) {
        text(p.id());
        body.signed(p.activity().goal());
        body.signed(p.activity().activity());
        date(p.date());
        body.signed(p.percent());
        text(p.narrative());
      }
      body.count(r.evaluationReports().size());
      for (EvaluationReport e : r.evaluationReports()) {
        text(e.id());
        date(e.submittedOn());
        text(e.recipient());
        texts(e.recommendations());
      }
      body.count(r.monitoringNotes().size());
      for (MonitoringNote n : r.monitoringNotes()) {
        text(n.id());
        name(n.round().kind());
        body.signed(n.round().number());
        date(n.date());
        body.write((n.goal().isPresent() ? 1 : 0) | (n.activity().isPresent() ? 2 : 0));
        number(n.goal());
        number(n.activity());
        texts(n.problems());
        texts(n.recommendations());
        text(n.enteredBy());
      }
      SnapshotBytes.Out out = new SnapshotBytes.Out(table.size() + body.size() + 32);
      out.count(MAGIC);
      out.count(VERSION);
      out.count(indexes.size());
      out.write(table.array(), 0, table.size());
      out.write(body.array(), 0, body.size());
      return out.toCheckedArray();
    }

    private void text(String value) {
      Integer at = indexes.get(value);
      if (at == null) {
        at = indexes.size();
        indexes.put(value, at);
        table.text(value);
      }
      body.count(at);
    }

    private void texts(List<String> values) {
      body.count(values.size());
      for (String v : values) {
        text(v);
      }
    }

    private void name(Enum<?> constant) {
      text(constant.name());
    }

    private void date(LocalDate day) {
      body.signed(day.toEpochDay());
    }

    private void number(OptionalInt value) {
      if (value.isPresent()) {
        body.signed(value.getAsInt());
      }
    }

    private void flags(Optional<?>... values) {
      int bits = 0;
      for (int i = 0; i < values.length; i++) {
        bits |= values[i].isPresent() ? 1 << i : 0;
      }
      body.write(bits);
    }
  }
}
