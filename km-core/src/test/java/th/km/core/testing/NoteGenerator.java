package th.km.core.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import th.km.core.calendar.FiscalYear;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ReportRound;

/** M&amp;E committee notes (ปัญหาอุปสรรคและข้อเสนอแนะ) for generated years of records. */
public final class NoteGenerator {

  private NoteGenerator() {}

  /**
   * A note of a random round, dated within that round, about the whole plan or, when {@code
   * mayNameActivity}, possibly goal 1 activity 1.
   */
  public static MonitoringNote note(
      Random random, String id, FiscalYear fy, boolean mayNameActivity) {
    ReportRound.Kind kind = ReportRound.Kind.values()[random.nextInt(3)];
    ReportRound round = new ReportRound(kind, 1 + random.nextInt(kind.perYear()));
    LocalDate start = round.period(fy).start();
    LocalDate date = start.plusDays(random.nextInt(28));
    boolean onActivity = mayNameActivity && random.nextBoolean();
    return new MonitoringNote(
        id,
        round,
        date,
        onActivity ? OptionalInt.of(1) : OptionalInt.empty(),
        onActivity ? OptionalInt.of(1) : OptionalInt.empty(),
        random.nextBoolean() ? List.of("บุคลากรติดภารกิจ เข้าร่วมกิจกรรมน้อย " + id) : List.of(),
        List.of("ควรจัดกิจกรรมนอกเวลาราชการ " + id, "ควรเผยแพร่ผ่านเพจ \"เทศบาล\""),
        "เลขานุการ");
  }
}
