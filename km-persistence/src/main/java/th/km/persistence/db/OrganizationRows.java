package th.km.persistence.db;

import th.km.persistence.audit.AuditEntries;
import static th.km.persistence.jooq.Tables.ORGANIZATION;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.ProvinceCode;
import th.km.persistence.PersistenceException;
import th.km.persistence.jooq.tables.records.AuditLogRecord;
import th.km.persistence.jooq.tables.records.OrganizationRecord;

/**
 * The organization's row (องค์กรปกครองส่วนท้องถิ่น) as a core value, and the writes to it:
 * registered with its first plan, locked while its plans are written, its details brought up to
 * date by a later plan, each change audited in the same transaction.
 */
final class OrganizationRows {

  private OrganizationRows() {}

  private static void setOrganizationDetails(OrganizationRecord row, Organization organization) {
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

  private static boolean sameDetails(OrganizationRecord row, Organization organization) {
    return organization.equals(organization(row));
  }

  static Organization organization(OrganizationRecord row) {
    return organization(StoredRow.of(row));
  }

  /** The organization that row {@code row} holds. */
  static Organization organization(StoredRow row) {
    return Organization.builder()
        .code(OrganizationCode.of(row.text("code")))
        .type(OrganizationType.valueOf(row.text("type")))
        .name(row.text("name"))
        .englishName(Optional.ofNullable(row.optionalText("english_name")))
        .district(Optional.ofNullable(row.optionalText("district")))
        .province(Optional.ofNullable(row.optionalText("province")))
        .provinceCode(Optional.ofNullable(row.optionalText("province_code")).map(ProvinceCode::of))
        .build();
  }

  static Optional<Long> id(DSLContext tx, OrganizationCode code) {
    return tx.select(ORGANIZATION.ID)
        .from(ORGANIZATION)
        .where(ORGANIZATION.CODE.eq(code.value()))
        .fetchOptional(ORGANIZATION.ID);
  }

  /** The organization's row, locked until the transaction ends; empty when it is not registered. */
  static Optional<OrganizationRecord> lock(DSLContext tx, OrganizationCode code) {
    return tx.selectFrom(ORGANIZATION)
        .where(ORGANIZATION.CODE.eq(code.value()))
        .forUpdate()
        .fetchOptional();
  }

  /** The organization's row, locked, and whether this transaction registered it. */
  record Registration(OrganizationRecord row, boolean inserted) {}

  /** Registers the organization of a first plan, audited as {@code actor}, and locks its row. */
  static OrganizationRecord register(
      DSLContext tx, Organization organization, Instant at, Actor actor) {
    return registration(tx, organization, at, actor, null).row();
  }

  /**
   * Registers the organization of a first plan, audited as {@code actor}, and locks its row; tells
   * whether this transaction inserted the row or another registered the code meanwhile. The audit
   * entry goes through the bulk import's statements prepared once per run when it gives them.
   */
  static Registration registration(
      DSLContext tx,
      Organization organization,
      Instant at,
      Actor actor,
      @Nullable HeldStatements statements) {
    OrganizationRecord row = new OrganizationRecord();
    setOrganizationDetails(row, organization);
    // Another transaction may register the same code between our look-up and this insert.
    int inserted =
        tx.insertInto(ORGANIZATION).set(row).onConflict(ORGANIZATION.CODE).doNothing().execute();
    OrganizationRecord registered =
        lock(tx, organization.code())
            .orElseThrow(
                () ->
                    new IllegalStateException("organization " + organization.code() + " vanished"));
    if (inserted == 1) {
      AuditLogRecord entry =
          AuditEntries.entry(
              registered.getId(),
              at,
              actor,
              "organization.register",
              "organization",
              organization.code().value(),
              null,
              organizationState(organization));
      HeldStatements.insert(tx, statements, entry);
    }
    return new Registration(registered, inserted == 1);
  }

  /** Brings the organization's row up to a new plan's details, audited as {@code actor}. */
  static void updateDetails(
      DSLContext tx, OrganizationRecord row, Organization organization, Instant at, Actor actor) {
    if (sameDetails(row, organization)) {
      return;
    }
    int updated =
        tx.update(ORGANIZATION)
            .set(ORGANIZATION.TYPE, organization.type().name())
            .set(ORGANIZATION.NAME, organization.name())
            .set(ORGANIZATION.ENGLISH_NAME, organization.englishName().orElse(null))
            .set(ORGANIZATION.DISTRICT, organization.district().orElse(null))
            .set(ORGANIZATION.PROVINCE, organization.province().orElse(null))
            .set(ORGANIZATION.PROVINCE_CODE, provinceCode(organization))
            .set(ORGANIZATION.VERSION, ORGANIZATION.VERSION.plus(1))
            .where(ORGANIZATION.ID.eq(row.getId()))
            .and(ORGANIZATION.VERSION.eq(row.getVersion()))
            .execute();
    if (updated != 1) {
      throw new PersistenceException(
          "ข้อมูลองค์กร "
              + organization.code()
              + " ถูกแก้ไขพร้อมกันจากที่อื่น / organization "
              + organization.code()
              + " was changed by someone else at the same time");
    }
    AuditEntries.add(
        tx,
        row.getId(),
        at,
        actor,
        "organization.update",
        "organization",
        organization.code().value(),
        organizationState(organization(row)),
        organizationState(organization));
  }

  private static ObjectNode organizationState(Organization organization) {
    ObjectNode state = AuditEntries.state();
    state.put("code", organization.code().value());
    state.put("type", organization.type().name());
    state.put("name", organization.name());
    state.put("englishName", organization.englishName().orElse(null));
    state.put("district", organization.district().orElse(null));
    state.put("province", organization.province().orElse(null));
    state.put("provinceCode", provinceCode(organization));
    return state;
  }
}
