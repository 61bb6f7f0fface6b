package th.km.persistence.document.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.ThaiDates;
import th.km.core.calendar.ThaiMonth;
import th.km.core.plan.Announcement;
import th.km.core.plan.KmPlan;
import th.km.core.plan.NarrativeSection;
import th.km.persistence.document.DocBlock;
import th.km.persistence.document.DocBlock.Heading;
import th.km.persistence.document.DocBlock.Paragraph;
import th.km.persistence.document.DocSection;
import th.km.persistence.document.Digits;
import th.km.persistence.document.Document;

/**
 * Lays a KM plan out as the reference plan is laid out: the announcement (ประกาศ) with the emblem
 * and signature, the title page, the preface (คำนำ), the contents (สารบัญ), the plan's prose and
 * committees ({@link PlanProse}), then Form 1, the KM scope and the action plan per goal in
 * landscape tables ({@link PlanTables}). Every text is the plan's own; only the digits are put in
 * the style asked for.
 */
public final class PlanDocument {

  /** The headings of the narrative sections that are not part of the body text. */
  static final String PREFACE = "คำนำ";

  static final String CONTENTS = "สารบัญ";

  private PlanDocument() {}

  /**
   * The plan's document.
   *
   * @param emblem the organization's emblem, printed above the announcement, when it supplies one
   */
  public static Document of(KmPlan plan, Optional<DocBlock.Image> emblem, Digits digits) {
    Text text = new Text(digits);
    List<DocSection> sections = new ArrayList<>();
    plan.announcement().ifPresent(a -> sections.add(announcement(a, emblem, text)));
    sections.add(DocSection.portrait(frontMatter(plan, text)));
    sections.add(DocSection.portrait(PlanProse.blocks(plan, text)));
    sections.add(DocSection.landscape(PlanTables.form1(plan, text)));
    sections.add(DocSection.landscape(PlanTables.scopesAndActions(plan, text)));
    return new Document(text.apply(plan.title()) + " " + plan.organization().fullName(), digits, sections);
  }

  private static DocSection announcement(
      Announcement a, Optional<DocBlock.Image> emblem, Text text) {
    List<DocBlock> blocks = new ArrayList<>();
    emblem.ifPresent(blocks::add);
    blocks.add(new Heading(1, text.apply(a.heading()), false));
    blocks.add(Paragraph.centered("เรื่อง " + text.apply(a.subject()), true));
    blocks.add(Paragraph.centered("---------------------------", false));
    List<String> paragraphs = a.paragraphs();
    for (String p : paragraphs) {
      blocks.add(Paragraph.body(text.apply(p)));
    }
    blocks.add(new Paragraph(dateLine(a, text), DocBlock.Align.CENTER, false, false));
    a.signerName()
        .ifPresent(
            name ->
                blocks.add(
                    new DocBlock.Signature(
                        text.apply(name), a.signerPosition().map(text::apply).stream().toList())));
    return DocSection.portrait(blocks);
  }

  /**
   * "ประกาศ ณ วันที่ ๑๕ เดือน มีนาคม พ.ศ. ๒๕๖๙" from the announcement's date where it names one
   * that exists, else the plan's date line as written.
   */
  static String dateLine(Announcement a, Text text) {
    if (a.date().isEmpty()) {
      return text.apply(a.dateText());
    }
    var date = a.date().get();
    return text.apply(
        "ประกาศ ณ วันที่ " + date.getDayOfMonth() + " เดือน " + ThaiMonth.of(date.getMonth()).fullName()
            + " พ.ศ. " + ThaiDates.toBuddhistYear(date.getYear()));
  }

  private static List<DocBlock> frontMatter(KmPlan plan, Text text) {
    List<DocBlock> blocks = new ArrayList<>();
    blocks.add(new Heading(1, text.apply(plan.title()), false));
    blocks.add(Paragraph.centered(plan.organization().fullName(), true));
    plan.organization().englishName().ifPresent(n -> blocks.add(Paragraph.centered(n, true)));
    plan.preparedBy().ifPresent(p -> blocks.add(Paragraph.centered(text.apply(p), false)));
    Optional<NarrativeSection> preface = PlanProse.narrative(plan, PREFACE);
    if (preface.isPresent()) {
      blocks.add(new DocBlock.PageBreak());
      blocks.add(new Heading(1, PREFACE, false));
      List<String> paragraphs = preface.get().paragraphs();
      int body = paragraphs.size();
      // The preface ends with who prepared it and "ผู้จัดทำ", which sit at the right, not indented.
      while (body > 0 && paragraphs.get(body - 1).length() < 60) {
        body--;
      }
      for (int i = 0; i < paragraphs.size(); i++) {
        String p = text.apply(paragraphs.get(i));
        blocks.add(
            i < body ? Paragraph.body(p) : new Paragraph(p, DocBlock.Align.RIGHT, false, false));
      }
    }
    blocks.add(new DocBlock.PageBreak());
    blocks.add(new DocBlock.Contents(CONTENTS, "เรื่อง", "หน้า"));
    return blocks;
  }

  /** Puts the digits of the plan's texts in the document's style. */
  record Text(Digits digits) {
    String apply(String s) {
      return digits.apply(s);
    }

    /** Numbered items, one per line: "๑. …". */
    String numbered(List<String> items) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          out.append('\n');
        }
        out.append(apply((i + 1) + ". " + items.get(i)));
      }
      return out.toString();
    }
  }
}
