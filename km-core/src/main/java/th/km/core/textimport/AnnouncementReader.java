package th.km.core.textimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.calendar.DateReading;
import th.km.core.calendar.ThaiDates;
import th.km.core.plan.Announcement;

/**
 * Reads the announcement (ประกาศ): heading, subject ("เรื่อง …"), paragraphs, the date line as
 * written, the signer in brackets and the signer's position on the next line.
 */
final class AnnouncementReader {

  private static final Pattern SIGNER = Pattern.compile("^\\(\\s*(.+?)\\s*\\)$");
  private static final Pattern SUBJECT = Pattern.compile("^เรื่อง\\s*:?\\s*(.+)$");

  private AnnouncementReader() {}

  static Optional<Announcement> read(Region region, Issues issues, Narrative narrative) {
    String heading = region.headingText();
    Optional<String> subject = Optional.empty();
    Optional<SourceLine> dateLine = Optional.empty();
    Optional<String> signer = Optional.empty();
    Optional<String> signerPosition = Optional.empty();
    List<String> paragraphs = new ArrayList<>();
    for (SourceLine line : region.filled()) {
      String c = line.content();
      Matcher subjectMatch = SUBJECT.matcher(c);
      Matcher signerMatch = SIGNER.matcher(c);
      if (subject.isEmpty()
          && dateLine.isEmpty()
          && paragraphs.isEmpty()
          && subjectMatch.matches()) {
        subject = Optional.of(Text.trim(subjectMatch.group(1)));
      } else if (dateLine.isEmpty() && isDateLine(c)) {
        dateLine = Optional.of(line);
      } else if (signer.isEmpty() && signerMatch.matches()) {
        signer = Optional.of(signerMatch.group(1));
      } else if (signer.isPresent() && signerPosition.isEmpty()) {
        signerPosition = Optional.of(c);
      } else if (dateLine.isEmpty() && signer.isEmpty()) {
        paragraphs.add(c);
      } else {
        issues.notUnderstood(line, "ประกาศ", "announcement");
      }
    }
    int headingLine = region.firstLine();
    if (subject.isEmpty() || dateLine.isEmpty()) {
      issues.error(
          headingLine,
          heading,
          "ประกาศไม่มี"
              + (subject.isEmpty() ? "บรรทัด \"เรื่อง\"" : "บรรทัดวันที่ประกาศ")
              + " จึงนำเข้าประกาศไม่ได้ ข้อความถูกเก็บไว้เป็นเนื้อความ",
          "the announcement has no "
              + (subject.isEmpty() ? "subject line (\"เรื่อง\")" : "date line")
              + "; it was kept as narrative text, not as the announcement");
      List<String> kept = new ArrayList<>();
      region.filled().forEach(l -> kept.add(l.content()));
      narrative.add(headingLine, heading, kept);
      return Optional.empty();
    }
    SourceLine date = dateLine.get();
    Announcement.Builder a =
        Announcement.builder()
            .heading(heading)
            .subject(subject.get())
            .paragraphs(paragraphs)
            .dateText(date.content())
            .signerName(signer)
            .signerPosition(signerPosition);
    List<DateReading> readings = ThaiDates.findDates(date.content());
    if (readings.isEmpty()) {
      issues.warning(
          date.number(),
          date.content(),
          "อ่านวันที่ประกาศไม่ได้",
          "the announcement's date cannot be read");
    } else {
      switch (readings.getFirst()) {
        case DateReading.Valid v -> a.date(v.date());
        case DateReading.Impossible i ->
            issues.warning(
                date.number(),
                date.content(),
                "วันที่ประกาศเป็นไปไม่ได้: " + i.reasonTh(),
                "the announcement's date cannot exist: " + i.reasonEn());
      }
    }
    if (signer.isEmpty()) {
      issues.warning(
          date.number(),
          date.content(),
          "ประกาศไม่มีชื่อผู้ลงนามในวงเล็บ",
          "the announcement names no signer in brackets");
    }
    return Optional.of(a.build());
  }

  private static boolean isDateLine(String c) {
    return c.startsWith("ประกาศ ณ") || c.startsWith("ให้ไว้ ณ") || c.startsWith("ประกาศณ");
  }
}
