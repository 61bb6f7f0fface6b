package th.km.persistence.document.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.Framework;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmTool;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.NarrativeSection;
import th.km.core.plan.PlanStep;
import th.km.core.plan.StepDescription;
import th.km.persistence.document.DocBlock;
import th.km.persistence.document.DocBlock.Heading;
import th.km.persistence.document.DocBlock.ItemList;
import th.km.persistence.document.DocBlock.Paragraph;

/**
 * The plan's prose in the reference plan's order: the KM concept, the KM committee with its members
 * and duties, the seven KM steps, the six change elements, the KM tools, the monitoring rules, and
 * the M&E committee with its remit. A narrative section whose heading one of these parts carries
 * is printed in that part; the others make up the KM concept.
 */
final class PlanProse {

  private static final String STEPS = "กระบวนการจัดการความรู้";
  private static final String ELEMENTS = "กระบวนการบริหารจัดการการเปลี่ยนแปลง";
  private static final String TOOLS = "เครื่องมือในการจัดการความรู้";
  private static final String GUIDANCE = "แนวทางการติดตามและประเมิน";
  private static final String MONITORING = "การติดตามและประเมินผล";
  private static final String COMMITTEE = "คณะกรรมการจัดการความรู้";

  /** Narrative headings (squeezed) a part of the document prints itself. */
  private static final List<String> CLAIMED =
      List.of(
          PlanDocument.PREFACE,
          PlanDocument.CONTENTS,
          STEPS,
          ELEMENTS,
          TOOLS,
          GUIDANCE,
          MONITORING,
          COMMITTEE,
          "ขั้นตอนการจัดทำแผน",
          "แผนการจัดการความรู้");

  private PlanProse() {}

  static List<DocBlock> blocks(KmPlan plan, PlanDocument.Text text) {
    List<DocBlock> blocks = new ArrayList<>();
    concept(plan, text, blocks);
    plan.committee(CommitteeKind.KNOWLEDGE_MANAGEMENT)
        .ifPresent(c -> knowledgeCommittee(plan, c, text, blocks));
    framework(plan, Framework.KM_PROCESS, STEPS, text, blocks);
    framework(plan, Framework.CHANGE_MANAGEMENT, ELEMENTS, text, blocks);
    if (!plan.tools().isEmpty()) {
      blocks.add(new Heading(2, TOOLS, true));
      intro(plan, TOOLS, text, blocks);
      for (KmTool tool : plan.tools()) {
        blocks.add(
            new ItemList(List.of("-"), List.of(text.apply(tool.name() + " " + tool.description()))));
      }
    }
    if (!plan.monitoringRules().isEmpty()) {
      blocks.add(new Heading(2, GUIDANCE, true));
      blocks.add(
          ItemList.numbered(
              plan.monitoringRules().stream().map(MonitoringRule::text).map(text::apply).toList(),
              text.digits()));
    }
    plan.committee(CommitteeKind.MONITORING_AND_EVALUATION)
        .ifPresent(c -> evaluationCommittee(plan, c, text, blocks));
    return blocks;
  }

  /** The narrative section with the heading, compared without spaces. */
  static Optional<NarrativeSection> narrative(KmPlan plan, String heading) {
    String wanted = squeeze(heading);
    return plan.narrative().stream().filter(n -> squeeze(n.heading()).equals(wanted)).findFirst();
  }

  private static void concept(KmPlan plan, PlanDocument.Text text, List<DocBlock> blocks) {
    for (NarrativeSection n : plan.narrative()) {
      String heading = squeeze(n.heading());
      boolean claimed = CLAIMED.stream().map(PlanProse::squeeze).anyMatch(heading::startsWith);
      if (claimed || n.paragraphs().isEmpty()) {
        continue;
      }
      blocks.add(new Heading(2, text.apply(n.heading()), !blocks.stream().anyMatch(b -> b instanceof Heading)));
      for (String p : n.paragraphs()) {
        blocks.add(Paragraph.body(text.apply(p)));
      }
    }
  }

  /** The paragraphs of every narrative section whose heading starts with the part's heading. */
  private static void intro(
      KmPlan plan, String partHeading, PlanDocument.Text text, List<DocBlock> blocks) {
    String wanted = squeeze(partHeading);
    for (NarrativeSection n : plan.narrative()) {
      String heading = squeeze(n.heading());
      if (heading.startsWith(wanted)) {
        n.paragraphs().forEach(p -> blocks.add(Paragraph.body(text.apply(p))));
      }
    }
  }

  private static void knowledgeCommittee(
      KmPlan plan, Committee c, PlanDocument.Text text, List<DocBlock> blocks) {
    blocks.add(new Heading(2, text.apply(c.name()), true));
    intro(plan, COMMITTEE, text, blocks);
    int seat = 1;
    List<CommitteeMember> members = c.members();
    int i = 0;
    while (i < members.size()) {
      CommitteeRole role = members.get(i).role();
      int end = i;
      while (end < members.size() && members.get(end).role() == role) {
        end++;
      }
      List<CommitteeMember> group = members.subList(i, end);
      String number = text.apply(seat++ + ".");
      if (group.size() == 1) {
        blocks.add(
            new ItemList(
                List.of(number),
                List.of(text.apply(group.get(0).roleText() + " ได้แก่ " + holder(group.get(0))))));
      } else {
        blocks.add(
            new ItemList(List.of(number), List.of(text.apply(group.get(0).roleText() + " ได้แก่"))));
        blocks.add(
            ItemList.numbered(
                group.stream().map(m -> text.apply(holder(m))).toList(), text.digits()));
      }
      List<String> duties = c.dutiesOf(role);
      if (!duties.isEmpty()) {
        blocks.add(Paragraph.body("มีหน้าที่และความรับผิดชอบ ดังนี้"));
        blocks.add(ItemList.dashed(duties.stream().map(text::apply).toList()));
      }
      i = end;
    }
  }

  private static String holder(CommitteeMember m) {
    String name = m.personName().orElse("");
    String position = m.position().map(p -> "ตำแหน่ง " + p).orElse("");
    return (name + " " + position).strip();
  }

  private static void framework(
      KmPlan plan, Framework framework, String heading, PlanDocument.Text text, List<DocBlock> blocks) {
    blocks.add(new Heading(2, framework.thaiName(), true));
    intro(plan, heading, text, blocks);
    List<String> items = new ArrayList<>();
    for (PlanStep step : framework.steps()) {
      String description =
          plan.stepDescriptions().stream()
              .filter(d -> d.step() == step)
              .map(StepDescription::text)
              .findFirst()
              .orElse(step.description());
      items.add(text.apply(step.thaiName() + " " + description));
    }
    blocks.add(ItemList.numbered(items, text.digits()));
  }

  private static void evaluationCommittee(
      KmPlan plan, Committee c, PlanDocument.Text text, List<DocBlock> blocks) {
    blocks.add(new Heading(2, MONITORING, true));
    intro(plan, MONITORING, text, blocks);
    List<List<String>> rows = new ArrayList<>();
    for (CommitteeMember m : c.members()) {
      rows.add(
          List.of(
              text.apply(m.personName().orElse("") + " " + m.position().orElse("")).strip(),
              text.apply(m.roleText())));
    }
    blocks.add(new DocBlock.Table(List.of(text.apply(c.name())), List.of("ผู้ดำรงตำแหน่ง", "เป็น"), rows, List.of(3, 1)));
    c.remit().ifPresent(r -> blocks.add(Paragraph.body(text.apply(r))));
  }

  static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
