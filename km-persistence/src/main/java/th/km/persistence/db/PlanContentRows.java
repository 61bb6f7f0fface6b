package th.km.persistence.db;

import static th.km.persistence.db.PlanRowReader.byParent;
import static th.km.persistence.db.PlanRowReader.children;
import static th.km.persistence.jooq.Tables.ANNOUNCEMENT_PARAGRAPH;
import static th.km.persistence.jooq.Tables.CITATION;
import static th.km.persistence.jooq.Tables.DIVISION;
import static th.km.persistence.jooq.Tables.KM_TOOL;
import static th.km.persistence.jooq.Tables.MONITORING_RULE;
import static th.km.persistence.jooq.Tables.NAME_MENTION;
import static th.km.persistence.jooq.Tables.NARRATIVE_PARAGRAPH;
import static th.km.persistence.jooq.Tables.NARRATIVE_SECTION;
import static th.km.persistence.jooq.Tables.PLAN_ANNOUNCEMENT;
import static th.km.persistence.jooq.Tables.POSITION;
import static th.km.persistence.jooq.Tables.STEP_DESCRIPTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Announcement;
import th.km.core.plan.Citation;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.Framework;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmTool;
import th.km.core.plan.KmToolKind;
import th.km.core.plan.NameMention;
import th.km.core.plan.NarrativeSection;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.PlanStep;
import th.km.core.plan.Position;
import th.km.core.plan.ProvinceCode;
import th.km.core.plan.SourceLocation;
import th.km.core.plan.StepDescription;
import th.km.persistence.jooq.tables.records.AnnouncementParagraphRecord;
import th.km.persistence.jooq.tables.records.CitationRecord;
import th.km.persistence.jooq.tables.records.DivisionRecord;
import th.km.persistence.jooq.tables.records.KmToolRecord;
import th.km.persistence.jooq.tables.records.NameMentionRecord;
import th.km.persistence.jooq.tables.records.NarrativeParagraphRecord;
import th.km.persistence.jooq.tables.records.NarrativeSectionRecord;
import th.km.persistence.jooq.tables.records.PlanAnnouncementRecord;
import th.km.persistence.jooq.tables.records.PlanRecord;
import th.km.persistence.jooq.tables.records.PositionRecord;
import th.km.persistence.jooq.tables.records.StepDescriptionRecord;

/**
 * The content of a plan version written as rows of the V1 tables and read back into an equal
 * {@link KmPlan}: the sections of one or two tables here, each larger section through its own
 * class ({@link CommitteeRows}, {@link Form1Rows}, {@link KmScopeRows}, {@link KmGoalRows}, {@link
 * MonitoringRuleRows}), the indicators through {@link IndicatorRows}.
 *
 * <p>Lists keep their order through an {@code ordinal} column, counted from 0. Every row written
 * carries the plan's and the organization's ids; every read filters on both.
 */
final class PlanContentRows {

  private PlanContentRows() {}

  /** Inserts the content of {@code plan} as the parts of plan row {@code planId}. */
  static void insert(DSLContext tx, long planId, long organizationId, KmPlan plan) {
    insert(tx, planId, organizationId, plan, null);
  }

  /**
   * Inserts the content of {@code plan} as the parts of plan row {@code planId}, on H2 through the
   * bulk import's kept statements when it gives them ({@link HeldStatements}).
   */
  static void insert(
      DSLContext tx,
      long planId,
      long organizationId,
      KmPlan plan,
      @Nullable HeldStatements statements) {
    PlanRowWriter out = new PlanRowWriter(tx, planId, organizationId, statements);
    List<IndicatorRows.ActivityIndicators> indicators = new ArrayList<>();
    plan.announcement().ifPresent(a -> announcement(out, a));
    for (int i = 0; i < plan.divisions().size(); i++) {
      Division d = plan.divisions().get(i);
      out.parent(
          new DivisionRecord()
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setOrdinal(i)
              .setCode(d.code().value())
              .setName(d.name()),
          DIVISION,
          DIVISION.ID);
    }
    for (int i = 0; i < plan.positions().size(); i++) {
      Position p = plan.positions().get(i);
      out.leaf(
          new PositionRecord()
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setOrdinal(i)
              .setTitle(p.title())
              .setDivisionCode(p.division().map(DivisionCode::value).orElse(null)));
    }
    for (int i = 0; i < plan.committees().size(); i++) {
      CommitteeRows.write(out, i, plan.committees().get(i));
    }
    for (int i = 0; i < plan.stepDescriptions().size(); i++) {
      StepDescription s = plan.stepDescriptions().get(i);
      out.leaf(
          new StepDescriptionRecord()
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setOrdinal(i)
              .setStepKey(s.step().key())
              .setText(s.text()));
    }
    for (int i = 0; i < plan.tools().size(); i++) {
      KmTool t = plan.tools().get(i);
      out.leaf(
          new KmToolRecord()
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setOrdinal(i)
              .setKind(t.kind().name())
              .setName(t.name())
              .setDescription(t.description()));
    }
    for (int i = 0; i < plan.monitoringRules().size(); i++) {
      out.leaf(MonitoringRuleRows.row(out, i, plan.monitoringRules().get(i)));
    }
    for (int i = 0; i < plan.form1().size(); i++) {
      Form1Rows.write(out, i, plan.form1().get(i));
    }
    for (int i = 0; i < plan.scopes().size(); i++) {
      KmScopeRows.write(out, i, plan.scopes().get(i));
    }
    for (int i = 0; i < plan.goals().size(); i++) {
      KmGoalRows.write(out, i, plan.goals().get(i), indicators);
    }
    for (int i = 0; i < plan.nameMentions().size(); i++) {
      NameMention m = plan.nameMentions().get(i);
      out.leaf(
          new NameMentionRecord()
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setOrdinal(i)
              .setText(m.text())
              .setSection(m.location().section())
              .setLine(m.location().line().orElse(null)));
    }
    for (int i = 0; i < plan.citations().size(); i++) {
      Citation c = plan.citations().get(i);
      out.leaf(
          new CitationRecord()
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setOrdinal(i)
              .setTitle(c.title())
              .setYearText(c.yearText())
              .setBuddhistYear(c.buddhistYear())
              .setSection(c.location().section())
              .setLine(c.location().line().orElse(null)));
    }
    for (int i = 0; i < plan.narrative().size(); i++) {
      narrative(out, i, plan.narrative().get(i));
    }
    IndicatorRows.insert(out, indicators, plan.monitoringIndicators());
    // Every table in one batch, in the order of their first rows: parents before children.
    out.flush();
  }

  private static void announcement(PlanRowWriter out, Announcement a) {
    out.leaf(
        new PlanAnnouncementRecord()
            .setPlanId(out.planId())
            .setOrganizationId(out.organizationId())
            .setHeading(a.heading())
            .setSubject(a.subject())
            .setDateText(a.dateText())
            .setAnnouncedOn(a.date().orElse(null))
            .setSignerName(a.signerName().orElse(null))
            .setSignerPosition(a.signerPosition().orElse(null)));
    for (int i = 0; i < a.paragraphs().size(); i++) {
      out.leaf(
          new AnnouncementParagraphRecord()
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setOrdinal(i)
              .setText(a.paragraphs().get(i)));
    }
  }

  private static void narrative(PlanRowWriter out, int ordinal, NarrativeSection section) {
    long sectionId =
        out.parent(
            new NarrativeSectionRecord()
                .setPlanId(out.planId())
                .setOrganizationId(out.organizationId())
                .setOrdinal(ordinal)
                .setHeading(section.heading()),
            NARRATIVE_SECTION,
            NARRATIVE_SECTION.ID);
    for (int i = 0; i < section.paragraphs().size(); i++) {
      out.leaf(
          new NarrativeParagraphRecord()
              .setNarrativeSectionId(sectionId)
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setOrdinal(i)
              .setText(section.paragraphs().get(i)));
    }
  }

  /** The plan that plan row {@code row} holds, equal to the plan that was saved as it. */
  static KmPlan read(DSLContext tx, PlanRecord row, OrganizationCode code) {
    return read(new PlanRowReader(tx, row.getId(), row.getOrganizationId()), row, code);
  }

  /** The plan that plan row {@code row} holds, its parts read through {@code in}. */
  static KmPlan read(PlanRowReader in, PlanRecord row, OrganizationCode code) {
    IndicatorRows.Read indicators = IndicatorRows.read(in);
    Organization organization =
        Organization.builder()
            .code(code)
            .type(OrganizationType.valueOf(row.getOrgType()))
            .name(row.getOrgName())
            .englishName(Optional.ofNullable(row.getOrgEnglishName()))
            .district(Optional.ofNullable(row.getOrgDistrict()))
            .province(Optional.ofNullable(row.getOrgProvince()))
            .provinceCode(Optional.ofNullable(row.getOrgProvinceCode()).map(ProvinceCode::of))
            .build();
    return KmPlan.builder()
        .organization(organization)
        .fiscalYear(FiscalYear.ofBuddhistYear(row.getFiscalYear()))
        .title(row.getTitle())
        .preparedBy(Optional.ofNullable(row.getPreparedBy()))
        .announcement(announcement(in))
        .divisions(
            in.rows(DIVISION, DIVISION.PLAN_ID, DIVISION.ORGANIZATION_ID, DIVISION.ORDINAL)
                .map(d -> new Division(DivisionCode.of(d.getCode()), d.getName())))
        .positions(
            in.rows(POSITION, POSITION.PLAN_ID, POSITION.ORGANIZATION_ID, POSITION.ORDINAL)
                .map(
                    p ->
                        new Position(
                            p.getTitle(),
                            Optional.ofNullable(p.getDivisionCode()).map(DivisionCode::of))))
        .committees(CommitteeRows.read(in))
        .stepDescriptions(
            in.rows(
                    STEP_DESCRIPTION,
                    STEP_DESCRIPTION.PLAN_ID,
                    STEP_DESCRIPTION.ORGANIZATION_ID,
                    STEP_DESCRIPTION.ORDINAL)
                .map(s -> new StepDescription(step(s.getStepKey()), s.getText())))
        .tools(
            in.rows(KM_TOOL, KM_TOOL.PLAN_ID, KM_TOOL.ORGANIZATION_ID, KM_TOOL.ORDINAL)
                .map(
                    t ->
                        new KmTool(
                            KmToolKind.valueOf(t.getKind()), t.getName(), t.getDescription())))
        .monitoringRules(
            in.rows(
                    MONITORING_RULE,
                    MONITORING_RULE.PLAN_ID,
                    MONITORING_RULE.ORGANIZATION_ID,
                    MONITORING_RULE.ORDINAL)
                .map(MonitoringRuleRows::rule))
        .monitoringIndicators(indicators.monitoring())
        .form1(Form1Rows.read(in))
        .scopes(KmScopeRows.read(in))
        .goals(KmGoalRows.read(in, indicators))
        .nameMentions(
            in.rows(
                    NAME_MENTION,
                    NAME_MENTION.PLAN_ID,
                    NAME_MENTION.ORGANIZATION_ID,
                    NAME_MENTION.ORDINAL)
                .map(
                    m ->
                        new NameMention(
                            m.getText(),
                            new SourceLocation(
                                m.getSection(), Optional.ofNullable(m.getLine())))))
        .citations(
            in.rows(CITATION, CITATION.PLAN_ID, CITATION.ORGANIZATION_ID, CITATION.ORDINAL)
                .map(
                    c ->
                        new Citation(
                            c.getTitle(),
                            c.getYearText(),
                            c.getBuddhistYear(),
                            new SourceLocation(
                                c.getSection(), Optional.ofNullable(c.getLine())))))
        .narrative(narrative(in))
        .build();
  }

  private static Optional<Announcement> announcement(PlanRowReader in) {
    // One row at most: the plan's id is the table's primary key.
    List<PlanAnnouncementRecord> rows =
        in.rows(PLAN_ANNOUNCEMENT, PLAN_ANNOUNCEMENT.PLAN_ID, PLAN_ANNOUNCEMENT.ORGANIZATION_ID);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    PlanAnnouncementRecord a = rows.get(0);
    return Optional.of(
        Announcement.builder()
            .heading(a.getHeading())
            .subject(a.getSubject())
            .paragraphs(
                in.rows(
                        ANNOUNCEMENT_PARAGRAPH,
                        ANNOUNCEMENT_PARAGRAPH.PLAN_ID,
                        ANNOUNCEMENT_PARAGRAPH.ORGANIZATION_ID,
                        ANNOUNCEMENT_PARAGRAPH.ORDINAL)
                    .map(AnnouncementParagraphRecord::getText))
            .dateText(a.getDateText())
            .date(Optional.ofNullable(a.getAnnouncedOn()))
            .signerName(Optional.ofNullable(a.getSignerName()))
            .signerPosition(Optional.ofNullable(a.getSignerPosition()))
            .build());
  }

  private static List<NarrativeSection> narrative(PlanRowReader in) {
    Map<Long, List<NarrativeParagraphRecord>> paragraphs =
        byParent(
            in.rows(
                NARRATIVE_PARAGRAPH,
                NARRATIVE_PARAGRAPH.PLAN_ID,
                NARRATIVE_PARAGRAPH.ORGANIZATION_ID,
                NARRATIVE_PARAGRAPH.ORDINAL),
            NarrativeParagraphRecord::getNarrativeSectionId);
    return in.rows(
            NARRATIVE_SECTION,
            NARRATIVE_SECTION.PLAN_ID,
            NARRATIVE_SECTION.ORGANIZATION_ID,
            NARRATIVE_SECTION.ORDINAL)
        .map(
            (NarrativeSectionRecord s) ->
                new NarrativeSection(
                    s.getHeading(),
                    children(paragraphs, s.getId()).stream()
                        .map(NarrativeParagraphRecord::getText)
                        .toList()));
  }

  /** The step a key such as {@code KM_PROCESS:4} names; see {@link PlanStep#key()}. */
  static PlanStep step(String key) {
    int colon = key.indexOf(':');
    if (colon < 0) {
      throw new IllegalStateException("step key '" + key + "' is not FRAMEWORK:NUMBER");
    }
    return PlanStep.of(
        Framework.valueOf(key.substring(0, colon)), Integer.parseInt(key.substring(colon + 1)));
  }
}
