package th.km.persistence.db;

import static th.km.persistence.db.PlanRowReader.byParent;
import static th.km.persistence.db.PlanRowReader.children;
import static th.km.persistence.db.PlanRowReader.map;
import static th.km.persistence.db.PlanRowReader.texts;
import static th.km.persistence.jooq.Tables.DIVISION;
import static th.km.persistence.jooq.Tables.NARRATIVE_SECTION;

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

  /** What a plan row itself gives its plan: the organization, year, title and who prepared it. */
  record Head(
      Organization organization, FiscalYear year, String title, Optional<String> preparedBy) {}

  /** What plan row {@code row} of organization {@code code} gives its plan. */
  static Head head(StoredRow row, OrganizationCode code) {
    Organization organization =
        Organization.builder()
            .code(code)
            .type(OrganizationType.valueOf(row.text("org_type")))
            .name(row.text("org_name"))
            .englishName(Optional.ofNullable(row.optionalText("org_english_name")))
            .district(Optional.ofNullable(row.optionalText("org_district")))
            .province(Optional.ofNullable(row.optionalText("org_province")))
            .provinceCode(
                Optional.ofNullable(row.optionalText("org_province_code")).map(ProvinceCode::of))
            .build();
    return new Head(
        organization,
        FiscalYear.ofBuddhistYear(row.integer("fiscal_year")),
        row.text("title"),
        Optional.ofNullable(row.optionalText("prepared_by")));
  }

  /** The plan that plan row {@code row} holds, equal to the plan that was saved as it. */
  static KmPlan read(DSLContext tx, PlanRecord row, OrganizationCode code) {
    return read(
        new PlanRowReader(tx, row.getId(), row.getOrganizationId()),
        head(StoredRow.of(row), code));
  }

  /** The plan of a plan row that gives {@code head}, its parts read through {@code in}. */
  static KmPlan read(PlanRowReader in, Head head) {
    IndicatorRows.Read indicators = IndicatorRows.read(in);
    return KmPlan.builder()
        .organization(head.organization())
        .fiscalYear(head.year())
        .title(head.title())
        .preparedBy(head.preparedBy())
        .announcement(announcement(in))
        .divisions(
            map(
                in.rows("division", "ordinal"),
                d -> new Division(DivisionCode.of(d.text("code")), d.text("name"))))
        .positions(
            map(
                in.rows("position", "ordinal"),
                p ->
                    new Position(
                        p.text("title"),
                        Optional.ofNullable(p.optionalText("division_code"))
                            .map(DivisionCode::of))))
        .committees(CommitteeRows.read(in))
        .stepDescriptions(
            map(
                in.rows("step_description", "ordinal"),
                s -> new StepDescription(step(s.text("step_key")), s.text("text"))))
        .tools(
            map(
                in.rows("km_tool", "ordinal"),
                t ->
                    new KmTool(
                        KmToolKind.valueOf(t.text("kind")), t.text("name"), t.text("description"))))
        .monitoringRules(map(in.rows("monitoring_rule", "ordinal"), MonitoringRuleRows::rule))
        .monitoringIndicators(indicators.monitoring())
        .form1(Form1Rows.read(in))
        .scopes(KmScopeRows.read(in))
        .goals(KmGoalRows.read(in, indicators))
        .nameMentions(
            map(
                in.rows("name_mention", "ordinal"),
                m ->
                    new NameMention(
                        m.text("text"),
                        new SourceLocation(
                            m.text("section"), Optional.ofNullable(m.optionalInteger("line"))))))
        .citations(
            map(
                in.rows("citation", "ordinal"),
                c ->
                    new Citation(
                        c.text("title"),
                        c.text("year_text"),
                        c.integer("buddhist_year"),
                        new SourceLocation(
                            c.text("section"), Optional.ofNullable(c.optionalInteger("line"))))))
        .narrative(narrative(in))
        .build();
  }

  private static Optional<Announcement> announcement(PlanRowReader in) {
    // One row at most: the plan's id is the table's primary key.
    List<StoredRow> rows = in.rows("plan_announcement");
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    StoredRow a = rows.get(0);
    return Optional.of(
        Announcement.builder()
            .heading(a.text("heading"))
            .subject(a.text("subject"))
            .paragraphs(texts(in.rows("announcement_paragraph", "ordinal")))
            .dateText(a.text("date_text"))
            .date(Optional.ofNullable(a.date("announced_on")))
            .signerName(Optional.ofNullable(a.optionalText("signer_name")))
            .signerPosition(Optional.ofNullable(a.optionalText("signer_position")))
            .build());
  }

  private static List<NarrativeSection> narrative(PlanRowReader in) {
    Map<Long, List<StoredRow>> paragraphs =
        byParent(in.rows("narrative_paragraph", "ordinal"), "narrative_section_id");
    return map(
        in.rows("narrative_section", "ordinal"),
        s -> new NarrativeSection(s.text("heading"), texts(children(paragraphs, s.id("id")))));
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
