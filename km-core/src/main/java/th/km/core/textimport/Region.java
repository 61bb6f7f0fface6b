package th.km.core.textimport;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A run of source lines that one reader understands: a section started by a recognised heading,
 * with the lines up to the next one.
 *
 * @param kind what the section is
 * @param heading the line that started it; empty only for the lines before the first heading
 * @param body the lines after the heading, blank ones included
 */
record Region(Region.Kind kind, Optional<SourceLine> heading, List<SourceLine> body) {

  /** The sections a plan written in the usual style has. */
  enum Kind {
    /** Lines before the first recognised heading. */
    LEADING("ส่วนต้นของเอกสาร", "start of the document"),
    ANNOUNCEMENT("ประกาศ", "announcement"),
    COVER("ปก", "cover"),
    PREFACE("คำนำ", "preface"),
    CONTENTS("สารบัญ", "table of contents"),
    NARRATIVE("เนื้อความ", "narrative"),
    KM_COMMITTEE("คณะกรรมการจัดการความรู้", "KM committee"),
    KM_PROCESS("กระบวนการจัดการความรู้", "KM process"),
    CHANGE_MANAGEMENT("กระบวนการบริหารจัดการการเปลี่ยนแปลง", "change management"),
    TOOLS("เครื่องมือในการจัดการความรู้", "KM tools"),
    MONITORING_GUIDANCE("แนวทางการติดตามและประเมิน", "monitoring guidance"),
    MONITORING_COMMITTEE("การติดตามและประเมินผล", "monitoring committee"),
    FORM1("แบบฟอร์มที่ ๑", "Form 1"),
    /** A form other than Form 1: the plan model has no place for it. */
    OTHER_FORM("แบบฟอร์มอื่น", "other form"),
    SCOPES("ขอบเขต KM", "KM scopes"),
    GOAL("เป้าหมาย KM", "KM goal");

    private final String thaiName;
    private final String englishName;

    Kind(String thaiName, String englishName) {
      this.thaiName = thaiName;
      this.englishName = englishName;
    }

    String thaiName() {
      return thaiName;
    }

    String englishName() {
      return englishName;
    }
  }

  Region {
    body = List.copyOf(body);
  }

  /** The body lines that hold text. */
  List<SourceLine> filled() {
    return body.stream().filter(l -> !l.isBlank()).toList();
  }

  /** The heading and the body, in order. */
  List<SourceLine> allLines() {
    return heading.map(h -> Stream.concat(Stream.of(h), body.stream()).toList()).orElse(body);
  }

  /** The first line of the region. */
  int firstLine() {
    return heading.map(SourceLine::number).orElse(body.isEmpty() ? 1 : body.getFirst().number());
  }

  /** The heading's text, empty for the leading lines. */
  String headingText() {
    return heading.map(SourceLine::content).orElse("");
  }
}
