package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.ACTIVITY_DETAIL;
import static th.km.persistence.jooq.Tables.ANNOUNCEMENT_PARAGRAPH;
import static th.km.persistence.jooq.Tables.CITATION;
import static th.km.persistence.jooq.Tables.COMMITTEE;
import static th.km.persistence.jooq.Tables.COMMITTEE_DUTY;
import static th.km.persistence.jooq.Tables.COMMITTEE_MEMBER;
import static th.km.persistence.jooq.Tables.COMMITTEE_ROLE;
import static th.km.persistence.jooq.Tables.DIVISION;
import static th.km.persistence.jooq.Tables.FORM1_ITEM;
import static th.km.persistence.jooq.Tables.FORM1_ROW;
import static th.km.persistence.jooq.Tables.KM_GOAL;
import static th.km.persistence.jooq.Tables.KM_GOAL_TEXT;
import static th.km.persistence.jooq.Tables.KM_SCOPE;
import static th.km.persistence.jooq.Tables.KM_SCOPE_ITEM;
import static th.km.persistence.jooq.Tables.KM_TOOL;
import static th.km.persistence.jooq.Tables.MONITORING_RULE;
import static th.km.persistence.jooq.Tables.NAME_MENTION;
import static th.km.persistence.jooq.Tables.NARRATIVE_PARAGRAPH;
import static th.km.persistence.jooq.Tables.NARRATIVE_SECTION;
import static th.km.persistence.jooq.Tables.PLAN_ACTIVITY;
import static th.km.persistence.jooq.Tables.PLAN_ANNOUNCEMENT;
import static th.km.persistence.jooq.Tables.POSITION;
import static th.km.persistence.jooq.Tables.STEP_DESCRIPTION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
import th.km.core.indicator.Indicator;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.Announcement;
import th.km.core.plan.Citation;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmScope;
import th.km.core.plan.KmTool;
import th.km.core.plan.KmToolKind;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.NameMention;
import th.km.core.plan.NarrativeSection;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.ProvinceCode;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;
import th.km.core.plan.Position;
import th.km.core.plan.RoleDuties;
import th.km.core.plan.SourceLocation;
import th.km.core.plan.StepDescription;
import th.km.core.plan.StrategicKnowledgeNeed;
import th.km.core.store.PlanStatus;
import th.km.core.store.PlanVersion;
import th.km.persistence.jooq.tables.records.ActivityDetailRecord;
import th.km.persistence.jooq.tables.records.AnnouncementParagraphRecord;
import th.km.persistence.jooq.tables.records.CitationRecord;
import th.km.persistence.jooq.tables.records.CommitteeDutyRecord;
import th.km.persistence.jooq.tables.records.CommitteeMemberRecord;
import th.km.persistence.jooq.tables.records.CommitteeRecord;
import th.km.persistence.jooq.tables.records.CommitteeRoleRecord;
import th.km.persistence.jooq.tables.records.DivisionRecord;
import th.km.persistence.jooq.tables.records.Form1ItemRecord;
import th.km.persistence.jooq.tables.records.Form1RowRecord;
import th.km.persistence.jooq.tables.records.KmGoalRecord;
import th.km.persistence.jooq.tables.records.KmGoalTextRecord;
import th.km.persistence.jooq.tables.records.KmScopeItemRecord;
import th.km.persistence.jooq.tables.records.KmScopeRecord;
import th.km.persistence.jooq.tables.records.KmToolRecord;
import th.km.persistence.jooq.tables.records.MonitoringRuleRecord;
import th.km.persistence.jooq.tables.records.NameMentionRecord;
import th.km.persistence.jooq.tables.records.NarrativeParagraphRecord;
import th.km.persistence.jooq.tables.records.NarrativeSectionRecord;
import th.km.persistence.jooq.tables.records.OrganizationRecord;
import th.km.persistence.jooq.tables.records.PlanActivityRecord;
import th.km.persistence.jooq.tables.records.PlanAnnouncementRecord;
import th.km.persistence.jooq.tables.records.PlanRecord;
import th.km.persistence.jooq.tables.records.PositionRecord;
import th.km.persistence.jooq.tables.records.StepDescriptionRecord;

/**
 * The one place where rows meet core types: a plan's content written as rows of the V1 tables (its
 * indicators as rows of V3's, through {@link IndicatorRows}) and read back into an equal {@link
 * KmPlan}, and the organization and version rows as core values.
 *
 * <p>Lists keep their order through an {@code ordinal} column, counted from 0. Every row written
 * carries the plan's and the organization's ids; every read filters on both.
 */
final class PlanMapping {

  private static final String OBJECTIVE = "OBJECTIVE";
  private static final String KPI = "KPI";
  private static final String REQUIRED_KNOWLEDGE = "REQUIRED_KNOWLEDGE";
  private static final String BENEFIT_TO_STAFF = "BENEFIT_TO_STAFF";
  private static final String BENEFIT_TO_EXECUTIVES = "BENEFIT_TO_EXECUTIVES";
  private static final String RELATED_POLICY = "RELATED_POLICY";
  private static final String TITLE_VARIANT = "TITLE_VARIANT";
  private static final String MEASURABLE_OUTCOME = "MEASURABLE_OUTCOME";

  private PlanMapping() {}

  // ---- organization and version rows ----

  static void setOrganizationDetails(OrganizationRecord row, Organization organization) {
    row.setCode(organization.code().value())
        .setType(organization.type().name())
        .setName(organization.name())
        .setEnglishName(organization.englishName().orElse(null))
        .setDistrict(organization.district().orElse(null))
        .setProvince(organization.province().orElse(null))
        .setProvinceCode(provinceCode(organization));
  }

  /** The province code as the column holds it, null when the plan gives none. */
  static @Nullable String provinceCode(Organization organization) {
    return organization.provinceCode().map(ProvinceCode::value).orElse(null);
  }

  static boolean sameDetails(OrganizationRecord row, Organization organization) {
    return organization.equals(organization(row));
  }

  static Organization organization(OrganizationRecord row) {
    return Organization.builder()
        .code(OrganizationCode.of(row.getCode()))
        .type(OrganizationType.valueOf(row.getType()))
        .name(row.getName())
        .englishName(Optional.ofNullable(row.getEnglishName()))
        .district(Optional.ofNullable(row.getDistrict()))
        .province(Optional.ofNullable(row.getProvince()))
        .provinceCode(Optional.ofNullable(row.getProvinceCode()).map(ProvinceCode::of))
        .build();
  }

  /** The plan row of a new draft version, before its id is known. */
  static PlanRecord newDraft(
      PlanRecord row, long organizationId, KmPlan plan, int number, Instant savedAt) {
    Organization organization = plan.organization();
    return row.setOrganizationId(organizationId)
        .setFiscalYear(plan.fiscalYear().buddhistYear())
        .setPlanVersion(number)
        .setStatus(PlanStatus.DRAFT.name())
        .setLocked(false)
        .setSavedAt(timestamp(savedAt))
        .setApprovedAt(null)
        .setOrgType(organization.type().name())
        .setOrgName(organization.name())
        .setOrgEnglishName(organization.englishName().orElse(null))
        .setOrgDistrict(organization.district().orElse(null))
        .setOrgProvince(organization.province().orElse(null))
        .setOrgProvinceCode(provinceCode(organization))
        .setTitle(plan.title())
        .setPreparedBy(plan.preparedBy().orElse(null));
  }

  static PlanVersion version(PlanRecord row, OrganizationCode organization) {
    return new PlanVersion(
        organization,
        FiscalYear.ofBuddhistYear(row.getFiscalYear()),
        row.getPlanVersion(),
        PlanStatus.valueOf(row.getStatus()),
        row.getLocked(),
        row.getSavedAt().toInstant(),
        Optional.ofNullable(row.getApprovedAt()).map(OffsetDateTime::toInstant));
  }

  static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  // ---- writing a plan's content ----

  /** Inserts the content of {@code plan} as the parts of plan row {@code planId}. */
  static void insertContent(DSLContext tx, long planId, long organizationId, KmPlan plan) {
    Writer writer = new Writer(tx, planId, organizationId);
    writer.write(plan);
  }

  private static final class Writer {
    private final DSLContext tx;
    private final long planId;
    private final long organizationId;
    private final List<TableRecord<?>> leaves = new ArrayList<>();
    private final List<IndicatorRows.ActivityIndicators> indicators = new ArrayList<>();

    Writer(DSLContext tx, long planId, long organizationId) {
      this.tx = tx;
      this.planId = planId;
      this.organizationId = organizationId;
    }

    void write(KmPlan plan) {
      plan.announcement().ifPresent(this::announcement);
      for (int i = 0; i < plan.divisions().size(); i++) {
        Division d = plan.divisions().get(i);
        parent(
            new DivisionRecord()
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setCode(d.code().value())
                .setName(d.name()),
            DIVISION,
            DIVISION.ID);
      }
      for (int i = 0; i < plan.positions().size(); i++) {
        Position p = plan.positions().get(i);
        leaves.add(
            new PositionRecord()
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setTitle(p.title())
                .setDivisionCode(p.division().map(DivisionCode::value).orElse(null)));
      }
      for (int i = 0; i < plan.committees().size(); i++) {
        committee(i, plan.committees().get(i));
      }
      for (int i = 0; i < plan.stepDescriptions().size(); i++) {
        StepDescription s = plan.stepDescriptions().get(i);
        leaves.add(
            new StepDescriptionRecord()
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setStepKey(s.step().key())
                .setText(s.text()));
      }
      for (int i = 0; i < plan.tools().size(); i++) {
        KmTool t = plan.tools().get(i);
        leaves.add(
            new KmToolRecord()
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setKind(t.kind().name())
                .setName(t.name())
                .setDescription(t.description()));
      }
      for (int i = 0; i < plan.monitoringRules().size(); i++) {
        leaves.add(monitoringRule(i, plan.monitoringRules().get(i)));
      }
      for (int i = 0; i < plan.form1().size(); i++) {
        form1(i, plan.form1().get(i));
      }
      for (int i = 0; i < plan.scopes().size(); i++) {
        scope(i, plan.scopes().get(i));
      }
      for (int i = 0; i < plan.goals().size(); i++) {
        goal(i, plan.goals().get(i));
      }
      for (int i = 0; i < plan.nameMentions().size(); i++) {
        NameMention m = plan.nameMentions().get(i);
        leaves.add(
            new NameMentionRecord()
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setText(m.text())
                .setSection(m.location().section())
                .setLine(m.location().line().orElse(null)));
      }
      for (int i = 0; i < plan.citations().size(); i++) {
        Citation c = plan.citations().get(i);
        leaves.add(
            new CitationRecord()
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setTitle(c.title())
                .setYearText(c.yearText())
                .setBuddhistYear(c.buddhistYear())
                .setSection(c.location().section())
                .setLine(c.location().line().orElse(null)));
      }
      for (int i = 0; i < plan.narrative().size(); i++) {
        narrative(i, plan.narrative().get(i));
      }
      // Positions and Form 1 rows refer to divisions, which were inserted above.
      if (!leaves.isEmpty()) {
        tx.batchInsert(leaves).execute();
      }
      IndicatorRows.insert(tx, planId, organizationId, indicators, plan.monitoringIndicators());
    }

    private void announcement(Announcement a) {
      tx.insertInto(PLAN_ANNOUNCEMENT)
          .set(
              new PlanAnnouncementRecord()
                  .setPlanId(planId)
                  .setOrganizationId(organizationId)
                  .setHeading(a.heading())
                  .setSubject(a.subject())
                  .setDateText(a.dateText())
                  .setAnnouncedOn(a.date().orElse(null))
                  .setSignerName(a.signerName().orElse(null))
                  .setSignerPosition(a.signerPosition().orElse(null)))
          .execute();
      for (int i = 0; i < a.paragraphs().size(); i++) {
        leaves.add(
            new AnnouncementParagraphRecord()
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setText(a.paragraphs().get(i)));
      }
    }

    private void committee(int ordinal, Committee c) {
      long committeeId =
          parent(
              new CommitteeRecord()
                  .setPlanId(planId)
                  .setOrganizationId(organizationId)
                  .setOrdinal(ordinal)
                  .setKind(c.kind().name())
                  .setName(c.name())
                  .setRemit(c.remit().orElse(null)),
              COMMITTEE,
              COMMITTEE.ID);
      for (int i = 0; i < c.members().size(); i++) {
        CommitteeMember m = c.members().get(i);
        leaves.add(
            new CommitteeMemberRecord()
                .setCommitteeId(committeeId)
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setRole(m.role().name())
                .setPersonName(m.personName().orElse(null))
                .setPositionTitle(m.position().orElse(null))
                .setRoleText(m.roleText()));
      }
      for (int i = 0; i < c.duties().size(); i++) {
        RoleDuties duties = c.duties().get(i);
        long roleId =
            parent(
                new CommitteeRoleRecord()
                    .setCommitteeId(committeeId)
                    .setPlanId(planId)
                    .setOrganizationId(organizationId)
                    .setOrdinal(i)
                    .setRole(duties.role().name()),
                COMMITTEE_ROLE,
                COMMITTEE_ROLE.ID);
        for (int j = 0; j < duties.duties().size(); j++) {
          leaves.add(
              new CommitteeDutyRecord()
                  .setCommitteeRoleId(roleId)
                  .setPlanId(planId)
                  .setOrganizationId(organizationId)
                  .setOrdinal(j)
                  .setText(duties.duties().get(j)));
        }
      }
    }

    private MonitoringRuleRecord monitoringRule(int ordinal, MonitoringRule rule) {
      MonitoringRuleRecord row =
          new MonitoringRuleRecord()
              .setPlanId(planId)
              .setOrganizationId(organizationId)
              .setOrdinal(ordinal)
              .setRuleKey(rule.key())
              .setText(rule.text());
      return switch (rule) {
        case MonitoringRule.TrainingReport r ->
            row.setKind("TRAINING_REPORT")
                .setDays(r.days())
                .setRoutedTo(r.routedTo())
                .setExternalOnly(r.externalOnly());
        case MonitoringRule.KnowledgeDocument r -> row.setKind("KNOWLEDGE_DOCUMENT");
        case MonitoringRule.SupervisorReview r -> row.setKind("SUPERVISOR_REVIEW");
        case MonitoringRule.EvaluationReport r ->
            row.setKind("EVALUATION_REPORT")
                .setTimesPerYear(r.timesPerYear())
                .setReportTo(r.reportTo());
        case MonitoringRule.Other r -> row.setKind("OTHER");
      };
    }

    private void form1(int ordinal, StrategicKnowledgeNeed need) {
      long rowId =
          parent(
              new Form1RowRecord()
                  .setPlanId(planId)
                  .setOrganizationId(organizationId)
                  .setOrdinal(ordinal)
                  .setRowNumber(need.number())
                  .setDivisionName(need.divisionName())
                  .setDivisionCode(need.division().map(DivisionCode::value).orElse(null))
                  .setActivity(need.activity())
                  .setResponsible(need.responsible()),
              FORM1_ROW,
              FORM1_ROW.ID);
      form1Items(rowId, OBJECTIVE, need.objectives());
      form1Items(rowId, KPI, need.kpis());
      form1Items(rowId, REQUIRED_KNOWLEDGE, need.requiredKnowledge());
    }

    private void form1Items(long rowId, String list, List<String> texts) {
      for (int i = 0; i < texts.size(); i++) {
        leaves.add(
            new Form1ItemRecord()
                .setForm1RowId(rowId)
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setListName(list)
                .setOrdinal(i)
                .setText(texts.get(i)));
      }
    }

    private void scope(int ordinal, KmScope scope) {
      long scopeId =
          parent(
              new KmScopeRecord()
                  .setPlanId(planId)
                  .setOrganizationId(organizationId)
                  .setOrdinal(ordinal)
                  .setScopeNumber(scope.number())
                  .setTitle(scope.title()),
              KM_SCOPE,
              KM_SCOPE.ID);
      scopeItems(scopeId, BENEFIT_TO_STAFF, scope.benefitsToStaff());
      scopeItems(scopeId, BENEFIT_TO_EXECUTIVES, scope.benefitsToExecutives());
      scopeItems(scopeId, RELATED_POLICY, scope.relatedPolicies());
    }

    private void scopeItems(long scopeId, String list, List<String> texts) {
      for (int i = 0; i < texts.size(); i++) {
        leaves.add(
            new KmScopeItemRecord()
                .setKmScopeId(scopeId)
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setListName(list)
                .setOrdinal(i)
                .setText(texts.get(i)));
      }
    }

    private void goal(int ordinal, KmGoal goal) {
      long goalId =
          parent(
              new KmGoalRecord()
                  .setPlanId(planId)
                  .setOrganizationId(organizationId)
                  .setOrdinal(ordinal)
                  .setGoalNumber(goal.number())
                  .setTitle(goal.title())
                  .setFramework(goal.framework().name()),
              KM_GOAL,
              KM_GOAL.ID);
      goalTexts(goalId, TITLE_VARIANT, goal.titleVariants());
      goalTexts(goalId, MEASURABLE_OUTCOME, goal.measurableOutcomes());
      for (int i = 0; i < goal.activities().size(); i++) {
        activity(goalId, i, goal.activities().get(i));
      }
    }

    private void goalTexts(long goalId, String list, List<String> texts) {
      for (int i = 0; i < texts.size(); i++) {
        leaves.add(
            new KmGoalTextRecord()
                .setKmGoalId(goalId)
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setListName(list)
                .setOrdinal(i)
                .setText(texts.get(i)));
      }
    }

    private void activity(long goalId, int ordinal, PlanActivity a) {
      Optional<MonthRange> months = a.period().months();
      long activityId =
          parent(
              new PlanActivityRecord()
                  .setKmGoalId(goalId)
                  .setPlanId(planId)
                  .setOrganizationId(organizationId)
                  .setOrdinal(ordinal)
                  .setActivityNumber(a.number())
                  .setName(a.name())
                  .setStepKey(a.step().key())
                  .setMethod(a.method())
                  .setPeriodText(a.period().text())
                  .setPeriodStart(months.map(m -> m.start().atDay(1)).orElse(null))
                  .setPeriodEnd(months.map(m -> m.end().atDay(1)).orElse(null))
                  .setIndicator(a.indicator())
                  .setTarget(a.target())
                  .setResponsible(a.responsible())
                  .setNote(a.note().orElse(null))
                  .setSourceLine(a.sourceLine().orElse(null)),
              PLAN_ACTIVITY,
              PLAN_ACTIVITY.ID);
      if (!a.indicators().isEmpty()) {
        indicators.add(new IndicatorRows.ActivityIndicators(activityId, a.indicators()));
      }
      for (int i = 0; i < a.details().size(); i++) {
        leaves.add(
            new ActivityDetailRecord()
                .setPlanActivityId(activityId)
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setText(a.details().get(i)));
      }
    }

    private void narrative(int ordinal, NarrativeSection section) {
      long sectionId =
          parent(
              new NarrativeSectionRecord()
                  .setPlanId(planId)
                  .setOrganizationId(organizationId)
                  .setOrdinal(ordinal)
                  .setHeading(section.heading()),
              NARRATIVE_SECTION,
              NARRATIVE_SECTION.ID);
      for (int i = 0; i < section.paragraphs().size(); i++) {
        leaves.add(
            new NarrativeParagraphRecord()
                .setNarrativeSectionId(sectionId)
                .setPlanId(planId)
                .setOrganizationId(organizationId)
                .setOrdinal(i)
                .setText(section.paragraphs().get(i)));
      }
    }

    /** Inserts a row whose id its children need, and returns the id. */
    private <R extends TableRecord<R>> long parent(R row, Table<R> table, Field<Long> id) {
      return tx.insertInto(table).set(row).returningResult(id).fetchSingle().value1();
    }
  }

  // ---- reading a plan's content ----

  /** The plan that plan row {@code row} holds, equal to the plan that was saved as it. */
  static KmPlan readContent(DSLContext tx, PlanRecord row, OrganizationCode code) {
    return new Reader(tx, row.getId(), row.getOrganizationId()).read(row, code);
  }

  private static final class Reader {
    private final DSLContext tx;
    private final long planId;
    private final long organizationId;

    Reader(DSLContext tx, long planId, long organizationId) {
      this.tx = tx;
      this.planId = planId;
      this.organizationId = organizationId;
    }

    KmPlan read(PlanRecord row, OrganizationCode code) {
      IndicatorRows.Read indicators = IndicatorRows.read(tx, planId, organizationId);
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
          .announcement(announcement())
          .divisions(
              rows(DIVISION, DIVISION.PLAN_ID, DIVISION.ORGANIZATION_ID, DIVISION.ORDINAL)
                  .map(d -> new Division(DivisionCode.of(d.getCode()), d.getName())))
          .positions(
              rows(POSITION, POSITION.PLAN_ID, POSITION.ORGANIZATION_ID, POSITION.ORDINAL)
                  .map(
                      p ->
                          new Position(
                              p.getTitle(),
                              Optional.ofNullable(p.getDivisionCode()).map(DivisionCode::of))))
          .committees(committees())
          .stepDescriptions(
              rows(
                      STEP_DESCRIPTION,
                      STEP_DESCRIPTION.PLAN_ID,
                      STEP_DESCRIPTION.ORGANIZATION_ID,
                      STEP_DESCRIPTION.ORDINAL)
                  .map(s -> new StepDescription(step(s.getStepKey()), s.getText())))
          .tools(
              rows(KM_TOOL, KM_TOOL.PLAN_ID, KM_TOOL.ORGANIZATION_ID, KM_TOOL.ORDINAL)
                  .map(
                      t ->
                          new KmTool(
                              KmToolKind.valueOf(t.getKind()), t.getName(), t.getDescription())))
          .monitoringRules(
              rows(
                      MONITORING_RULE,
                      MONITORING_RULE.PLAN_ID,
                      MONITORING_RULE.ORGANIZATION_ID,
                      MONITORING_RULE.ORDINAL)
                  .map(PlanMapping::monitoringRule))
          .monitoringIndicators(indicators.monitoring())
          .form1(form1())
          .scopes(scopes())
          .goals(goals(indicators))
          .nameMentions(
              rows(
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
              rows(CITATION, CITATION.PLAN_ID, CITATION.ORGANIZATION_ID, CITATION.ORDINAL)
                  .map(
                      c ->
                          new Citation(
                              c.getTitle(),
                              c.getYearText(),
                              c.getBuddhistYear(),
                              new SourceLocation(
                                  c.getSection(), Optional.ofNullable(c.getLine())))))
          .narrative(narrative())
          .build();
    }

    private Optional<Announcement> announcement() {
      Optional<PlanAnnouncementRecord> row =
          tx.selectFrom(PLAN_ANNOUNCEMENT)
              .where(
                  PLAN_ANNOUNCEMENT
                      .PLAN_ID
                      .eq(planId)
                      .and(PLAN_ANNOUNCEMENT.ORGANIZATION_ID.eq(organizationId)))
              .fetchOptional();
      if (row.isEmpty()) {
        return Optional.empty();
      }
      PlanAnnouncementRecord a = row.get();
      return Optional.of(
          Announcement.builder()
              .heading(a.getHeading())
              .subject(a.getSubject())
              .paragraphs(
                  rows(
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

    private List<Committee> committees() {
      Map<Long, List<CommitteeMemberRecord>> members =
          byParent(
              rows(
                  COMMITTEE_MEMBER,
                  COMMITTEE_MEMBER.PLAN_ID,
                  COMMITTEE_MEMBER.ORGANIZATION_ID,
                  COMMITTEE_MEMBER.ORDINAL),
              CommitteeMemberRecord::getCommitteeId);
      Map<Long, List<CommitteeRoleRecord>> roles =
          byParent(
              rows(
                  COMMITTEE_ROLE,
                  COMMITTEE_ROLE.PLAN_ID,
                  COMMITTEE_ROLE.ORGANIZATION_ID,
                  COMMITTEE_ROLE.ORDINAL),
              CommitteeRoleRecord::getCommitteeId);
      Map<Long, List<CommitteeDutyRecord>> duties =
          byParent(
              rows(
                  COMMITTEE_DUTY,
                  COMMITTEE_DUTY.PLAN_ID,
                  COMMITTEE_DUTY.ORGANIZATION_ID,
                  COMMITTEE_DUTY.ORDINAL),
              CommitteeDutyRecord::getCommitteeRoleId);
      return rows(COMMITTEE, COMMITTEE.PLAN_ID, COMMITTEE.ORGANIZATION_ID, COMMITTEE.ORDINAL)
          .map(
              (CommitteeRecord c) ->
                  Committee.builder()
                      .kind(CommitteeKind.valueOf(c.getKind()))
                      .name(c.getName())
                      .remit(Optional.ofNullable(c.getRemit()))
                      .members(
                          children(members, c.getId()).stream()
                              .map(
                                  m ->
                                      new CommitteeMember(
                                          CommitteeRole.valueOf(m.getRole()),
                                          Optional.ofNullable(m.getPersonName()),
                                          Optional.ofNullable(m.getPositionTitle()),
                                          m.getRoleText()))
                              .toList())
                      .duties(
                          children(roles, c.getId()).stream()
                              .map(
                                  r ->
                                      new RoleDuties(
                                          CommitteeRole.valueOf(r.getRole()),
                                          children(duties, r.getId()).stream()
                                              .map(CommitteeDutyRecord::getText)
                                              .toList()))
                              .toList())
                      .build());
    }

    private List<StrategicKnowledgeNeed> form1() {
      Map<Long, List<Form1ItemRecord>> items =
          byParent(
              rows(FORM1_ITEM, FORM1_ITEM.PLAN_ID, FORM1_ITEM.ORGANIZATION_ID, FORM1_ITEM.ORDINAL),
              Form1ItemRecord::getForm1RowId);
      return rows(FORM1_ROW, FORM1_ROW.PLAN_ID, FORM1_ROW.ORGANIZATION_ID, FORM1_ROW.ORDINAL)
          .map(
              (Form1RowRecord f) -> {
                List<Form1ItemRecord> own = children(items, f.getId());
                return StrategicKnowledgeNeed.builder()
                    .number(f.getRowNumber())
                    .divisionName(f.getDivisionName())
                    .division(Optional.ofNullable(f.getDivisionCode()).map(DivisionCode::of))
                    .activity(f.getActivity())
                    .objectives(
                        texts(
                            own, OBJECTIVE, Form1ItemRecord::getListName, Form1ItemRecord::getText))
                    .kpis(texts(own, KPI, Form1ItemRecord::getListName, Form1ItemRecord::getText))
                    .responsible(f.getResponsible())
                    .requiredKnowledge(
                        texts(
                            own,
                            REQUIRED_KNOWLEDGE,
                            Form1ItemRecord::getListName,
                            Form1ItemRecord::getText))
                    .build();
              });
    }

    private List<KmScope> scopes() {
      Map<Long, List<KmScopeItemRecord>> items =
          byParent(
              rows(
                  KM_SCOPE_ITEM,
                  KM_SCOPE_ITEM.PLAN_ID,
                  KM_SCOPE_ITEM.ORGANIZATION_ID,
                  KM_SCOPE_ITEM.ORDINAL),
              KmScopeItemRecord::getKmScopeId);
      return rows(KM_SCOPE, KM_SCOPE.PLAN_ID, KM_SCOPE.ORGANIZATION_ID, KM_SCOPE.ORDINAL)
          .map(
              (KmScopeRecord s) -> {
                List<KmScopeItemRecord> own = children(items, s.getId());
                return KmScope.builder()
                    .number(s.getScopeNumber())
                    .title(s.getTitle())
                    .benefitsToStaff(
                        texts(
                            own,
                            BENEFIT_TO_STAFF,
                            KmScopeItemRecord::getListName,
                            KmScopeItemRecord::getText))
                    .benefitsToExecutives(
                        texts(
                            own,
                            BENEFIT_TO_EXECUTIVES,
                            KmScopeItemRecord::getListName,
                            KmScopeItemRecord::getText))
                    .relatedPolicies(
                        texts(
                            own,
                            RELATED_POLICY,
                            KmScopeItemRecord::getListName,
                            KmScopeItemRecord::getText))
                    .build();
              });
    }

    private List<KmGoal> goals(IndicatorRows.Read indicators) {
      Map<Long, List<KmGoalTextRecord>> texts =
          byParent(
              rows(
                  KM_GOAL_TEXT,
                  KM_GOAL_TEXT.PLAN_ID,
                  KM_GOAL_TEXT.ORGANIZATION_ID,
                  KM_GOAL_TEXT.ORDINAL),
              KmGoalTextRecord::getKmGoalId);
      Map<Long, List<PlanActivityRecord>> activities =
          byParent(
              rows(
                  PLAN_ACTIVITY,
                  PLAN_ACTIVITY.PLAN_ID,
                  PLAN_ACTIVITY.ORGANIZATION_ID,
                  PLAN_ACTIVITY.ORDINAL),
              PlanActivityRecord::getKmGoalId);
      Map<Long, List<ActivityDetailRecord>> details =
          byParent(
              rows(
                  ACTIVITY_DETAIL,
                  ACTIVITY_DETAIL.PLAN_ID,
                  ACTIVITY_DETAIL.ORGANIZATION_ID,
                  ACTIVITY_DETAIL.ORDINAL),
              ActivityDetailRecord::getPlanActivityId);
      return rows(KM_GOAL, KM_GOAL.PLAN_ID, KM_GOAL.ORGANIZATION_ID, KM_GOAL.ORDINAL)
          .map(
              (KmGoalRecord g) -> {
                List<KmGoalTextRecord> own = children(texts, g.getId());
                return KmGoal.builder()
                    .number(g.getGoalNumber())
                    .title(g.getTitle())
                    .titleVariants(
                        texts(
                            own,
                            TITLE_VARIANT,
                            KmGoalTextRecord::getListName,
                            KmGoalTextRecord::getText))
                    .measurableOutcomes(
                        texts(
                            own,
                            MEASURABLE_OUTCOME,
                            KmGoalTextRecord::getListName,
                            KmGoalTextRecord::getText))
                    .framework(Framework.valueOf(g.getFramework()))
                    .activities(
                        children(activities, g.getId()).stream()
                            .map(
                                a ->
                                    activity(
                                        a,
                                        children(details, a.getId()),
                                        indicators.of(a.getId())))
                            .toList())
                    .build();
              });
    }

    private static PlanActivity activity(
        PlanActivityRecord a, List<ActivityDetailRecord> details, List<Indicator> indicators) {
      Optional<MonthRange> months =
          a.getPeriodStart() == null || a.getPeriodEnd() == null
              ? Optional.empty()
              : Optional.of(
                  new MonthRange(
                      YearMonth.from(a.getPeriodStart()), YearMonth.from(a.getPeriodEnd())));
      return PlanActivity.builder()
          .number(a.getActivityNumber())
          .name(a.getName())
          .details(details.stream().map(ActivityDetailRecord::getText).toList())
          .step(step(a.getStepKey()))
          .method(a.getMethod())
          .period(new ActivityPeriod(a.getPeriodText(), months))
          .indicator(a.getIndicator())
          .target(a.getTarget())
          .responsible(a.getResponsible())
          .note(Optional.ofNullable(a.getNote()))
          .sourceLine(Optional.ofNullable(a.getSourceLine()))
          .indicators(indicators)
          .build();
    }

    private List<NarrativeSection> narrative() {
      Map<Long, List<NarrativeParagraphRecord>> paragraphs =
          byParent(
              rows(
                  NARRATIVE_PARAGRAPH,
                  NARRATIVE_PARAGRAPH.PLAN_ID,
                  NARRATIVE_PARAGRAPH.ORGANIZATION_ID,
                  NARRATIVE_PARAGRAPH.ORDINAL),
              NarrativeParagraphRecord::getNarrativeSectionId);
      return rows(
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

    /** The rows of a table that belong to this plan and organization, in ordinal order. */
    private <R extends Record> Result<R> rows(
        Table<R> table, Field<Long> plan, Field<Long> organization, Field<Integer> ordinal) {
      Condition mine = plan.eq(planId).and(organization.eq(organizationId));
      return tx.selectFrom(table).where(mine).orderBy(ordinal).fetch();
    }
  }

  /** Rows grouped by their parent's id, each group in the rows' order. */
  private static <R> Map<Long, List<R>> byParent(List<R> rows, Function<R, Long> parent) {
    Map<Long, List<R>> grouped = new LinkedHashMap<>();
    for (R row : rows) {
      grouped.computeIfAbsent(parent.apply(row), k -> new ArrayList<>()).add(row);
    }
    return grouped;
  }

  private static <R> List<R> children(Map<Long, List<R>> grouped, Long parent) {
    return grouped.getOrDefault(parent, List.of());
  }

  private static <R> List<String> texts(
      List<R> rows, String list, Function<R, String> listName, Function<R, String> text) {
    return rows.stream().filter(r -> list.equals(listName.apply(r))).map(text).toList();
  }

  private static MonitoringRule monitoringRule(MonitoringRuleRecord r) {
    return switch (r.getKind()) {
      case "TRAINING_REPORT" ->
          new MonitoringRule.TrainingReport(
              r.getText(), r.getDays(), r.getRoutedTo(), r.getExternalOnly());
      case "KNOWLEDGE_DOCUMENT" -> new MonitoringRule.KnowledgeDocument(r.getText());
      case "SUPERVISOR_REVIEW" -> new MonitoringRule.SupervisorReview(r.getText());
      case "EVALUATION_REPORT" ->
          new MonitoringRule.EvaluationReport(r.getText(), r.getTimesPerYear(), r.getReportTo());
      case "OTHER" -> new MonitoringRule.Other(r.getRuleKey(), r.getText());
      default ->
          throw new IllegalStateException(
              "monitoring rule '" + r.getRuleKey() + "' has unknown kind " + r.getKind());
    };
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
