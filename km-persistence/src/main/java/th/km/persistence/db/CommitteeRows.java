package th.km.persistence.db;

import static th.km.persistence.db.PlanRowReader.byParent;
import static th.km.persistence.db.PlanRowReader.children;
import static th.km.persistence.jooq.Tables.COMMITTEE;
import static th.km.persistence.jooq.Tables.COMMITTEE_DUTY;
import static th.km.persistence.jooq.Tables.COMMITTEE_MEMBER;
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
    Map<Long, List<CommitteeMemberRecord>> members =
        byParent(
            in.rows(
                COMMITTEE_MEMBER,
                COMMITTEE_MEMBER.PLAN_ID,
                COMMITTEE_MEMBER.ORGANIZATION_ID,
                COMMITTEE_MEMBER.ORDINAL),
            CommitteeMemberRecord::getCommitteeId);
    Map<Long, List<CommitteeRoleRecord>> roles =
        byParent(
            in.rows(
                COMMITTEE_ROLE,
                COMMITTEE_ROLE.PLAN_ID,
                COMMITTEE_ROLE.ORGANIZATION_ID,
                COMMITTEE_ROLE.ORDINAL),
            CommitteeRoleRecord::getCommitteeId);
    Map<Long, List<CommitteeDutyRecord>> duties =
        byParent(
            in.rows(
                COMMITTEE_DUTY,
                COMMITTEE_DUTY.PLAN_ID,
                COMMITTEE_DUTY.ORGANIZATION_ID,
                COMMITTEE_DUTY.ORDINAL),
            CommitteeDutyRecord::getCommitteeRoleId);
    return in.rows(COMMITTEE, COMMITTEE.PLAN_ID, COMMITTEE.ORGANIZATION_ID, COMMITTEE.ORDINAL)
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
}
