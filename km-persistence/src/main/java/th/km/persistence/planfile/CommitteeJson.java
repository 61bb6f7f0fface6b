package th.km.persistence.planfile;

import static th.km.persistence.planfile.JsonOut.JSON;
import static th.km.persistence.planfile.JsonOut.array;
import static th.km.persistence.planfile.JsonOut.putOptional;
import static th.km.persistence.planfile.JsonOut.texts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.RoleDuties;

/**
 * The mapping between a plan's committees (คณะกรรมการ), their seats and their duties and the JSON
 * of the plan file, one {@code writeX} and one {@code readX} per type side by side.
 */
final class CommitteeJson {

  private CommitteeJson() {}

  static ObjectNode writeCommittee(Committee committee) {
    ObjectNode o = JSON.objectNode();
    o.put("kind", committee.kind().name());
    o.put("name", committee.name());
    o.set("members", array(committee.members(), CommitteeJson::writeMember));
    o.set("duties", array(committee.duties(), CommitteeJson::writeRoleDuties));
    putOptional(o, "remit", committee.remit());
    return o;
  }

  static Committee readCommittee(JsonIn in) {
    List<RoleDuties> duties = in.objects("duties", CommitteeJson::readRoleDuties);
    in.requireUnique(
        "duties", duties, "role", RoleDuties::role, "หน้าที่ของตำแหน่ง", "duties of role");
    return Committee.builder()
        .kind(in.constant("kind", CommitteeKind.class))
        .name(in.text("name"))
        .members(in.objects("members", CommitteeJson::readMember))
        .duties(duties)
        .remit(in.optionalText("remit"))
        .build();
  }

  static ObjectNode writeMember(CommitteeMember member) {
    ObjectNode o = JSON.objectNode();
    o.put("role", member.role().name());
    putOptional(o, "personName", member.personName());
    putOptional(o, "position", member.position());
    o.put("roleText", member.roleText());
    return o;
  }

  static CommitteeMember readMember(JsonIn in) {
    return new CommitteeMember(
        in.constant("role", CommitteeRole.class),
        in.optionalText("personName"),
        in.optionalText("position"),
        in.text("roleText"));
  }

  static ObjectNode writeRoleDuties(RoleDuties duties) {
    ObjectNode o = JSON.objectNode();
    o.put("role", duties.role().name());
    o.set("duties", texts(duties.duties()));
    return o;
  }

  static RoleDuties readRoleDuties(JsonIn in) {
    return new RoleDuties(in.constant("role", CommitteeRole.class), in.texts("duties"));
  }
}
