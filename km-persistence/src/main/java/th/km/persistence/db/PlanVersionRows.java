package th.km.persistence.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.ProvinceCode;
import th.km.core.store.PlanStatus;
import th.km.core.store.PlanVersion;
import th.km.persistence.jooq.tables.records.OrganizationRecord;
import th.km.persistence.jooq.tables.records.PlanRecord;

/**
 * The organization's row and a plan version's own row as core values, and back: who the plan is
 * of, which version it is, its status and when it was saved and approved. The version's content
 * is in the rows {@link PlanContentRows} writes and reads.
 */
final class PlanVersionRows {

  private PlanVersionRows() {}

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
}
