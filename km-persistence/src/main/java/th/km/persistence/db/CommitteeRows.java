package th.km.persistence.db;

import static th.km.persistence.db.PlanRowReader.byParent;
import static th.km.persistence.db.PlanRowReader.children;
import static th.km.persistence.db.PlanRowReader.map;
import static th.km.persistence.db.PlanRowReader.texts;
import static th.km.persistence.jooq.Tables.COMMITTEE;
import static th.km.persistence.jooq.Tables.COMMITTEE_ROLE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.RoleDuties;
import th.km.persistence.jooq.tables.records.CommitteeDutyRecord;
import th.km.persistence.jooq.tables.records.CommitteeMemberRecord;
import th.km.persistence.jooq.tables.records.CommitteeRecord;
import th.km.persistence.jooq.tables.records.CommitteeRoleRecord;

/**
 * A plan's committees (คณะทำงาน) as rows of {@code committee}, {@code committee_member}, {@code
 * committee_role} and {@code committee_duty}, and back.
 */
final class CommitteeRows {

  private CommitteeRows() {}

  /** Inserts committee {@code c}, the {@code ordinal}-th of the plan, with members and duties. */
  static void write(PlanRowWriter out, int ordinal, Committee c) {
    long committeeId =
        out.parent(
            new CommitteeRecord()
                .setPlanId(out.planId())
                .setOrganizationId(out.organizationId())
                .setOrdinal(ordinal)
                .setKind(c.kind().name())
                .setName(c.name())
                .setRemit(c.remit().orElse(null)),
            COMMITTEE,
            COMMITTEE.ID);
    for (int i = 0; i < c.members().size(); i++) {
      CommitteeMember m = c.members().get(i);
      out.leaf(
          new CommitteeMemberRecord()
              .setCommitteeId(committeeId)
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setOrdinal(i)
              .setRole(m.role().name())
              .setPersonName(m.personName().orElse(null))
              .setPositionTitle(m.position().orElse(null))
              .setRoleText(m.roleText()));
    }
    for (int i = 0; i < c.duties().size(); i++) {
      RoleDuties duties = c.duties().get(i);
      long roleId =
          out.parent(
              new CommitteeRoleRecord()
                  .setCommitteeId(committeeId)
                  .setPlanId(out.planId())
                  .setOrganizationId(out.organizationId())
                  .setOrdinal(i)
                  .setRole(duties.role().name()),
              COMMITTEE_ROLE,
              COMMITTEE_ROLE.ID);
      for (int j = 0; j < duties.duties().size(); j++) {
        out.leaf(
            new CommitteeDutyRecord()
                .setCommitteeRoleId(roleId)
                .setPlanId(out.planId())
                .setOrganizationId(out.organizationId())
                .setOrdinal(j)
                .setText(duties.duties().get(j)));
      }
    }
  }

  /** The plan's committees, in their order, each with its members and duties in theirs. */
  static List<Committee> read(PlanRowReader in) {
    Map<Long, List<StoredRow>> members =
        byParent(in.rows("committee_member", "ordinal"), "committee_id");
    Map<Long, List<StoredRow>> roles =
        byParent(in.rows("committee_role", "ordinal"), "committee_id");
    Map<Long, List<StoredRow>> duties =
        byParent(in.rows("committee_duty", "ordinal"), "committee_role_id");
    return map(
        in.rows("committee", "ordinal"),
        c ->
            Committee.builder()
                .kind(CommitteeKind.valueOf(c.text("kind")))
                .name(c.text("name"))
                .remit(Optional.ofNullable(c.optionalText("remit")))
                .members(
                    map(
                        children(members, c.id("id")),
                        m ->
                            new CommitteeMember(
                                CommitteeRole.valueOf(m.text("role")),
                                Optional.ofNullable(m.optionalText("person_name")),
                                Optional.ofNullable(m.optionalText("position_title")),
                                m.text("role_text"))))
                .duties(
                    map(
                        children(roles, c.id("id")),
                        r ->
                            new RoleDuties(
                                CommitteeRole.valueOf(r.text("role")),
                                texts(children(duties, r.id("id"))))))
                .build());
  }
}
