package th.km.persistence.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.PlanStatus;
import th.km.core.store.PlanVersion;
import th.km.persistence.jooq.tables.records.PlanRecord;

/**
 * A plan version's own row as a core value, and back: which version it is of whose plan, its
 * status and when it was saved and approved. The organization's row is {@link OrganizationRows}'s,
 * the version's content is in the rows {@link PlanContentRows} writes and reads.
 */
final class PlanVersionRows {

  private PlanVersionRows() {}

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
        .setOrgProvinceCode(OrganizationRows.provinceCode(organization))
        .setTitle(plan.title())
        .setPreparedBy(plan.preparedBy().orElse(null));
  }

  static PlanVersion version(PlanRecord row, OrganizationCode organization) {
    return version(StoredRow.of(row), organization);
  }

  /** The version that plan row {@code row} of organization {@code organization} is. */
  static PlanVersion version(StoredRow row, OrganizationCode organization) {
    OffsetDateTime savedAt = row.timestamp("saved_at");
    if (savedAt == null) {
      throw new IllegalStateException("plan row " + row.id("id") + " has no saved_at");
    }
    return new PlanVersion(
        organization,
        FiscalYear.ofBuddhistYear(row.integer("fiscal_year")),
        row.integer("plan_version"),
        PlanStatus.valueOf(row.text("status")),
        row.flag("locked"),
        savedAt.toInstant(),
        Optional.ofNullable(row.timestamp("approved_at")).map(OffsetDateTime::toInstant));
  }

  static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
