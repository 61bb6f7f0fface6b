package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * One seat on a committee, held by a named person, by whoever holds a position, or both.
 *
 * @param role the seat
 * @param personName the person's name with title, as written ("นายนคร กันกา")
 * @param position the position title, as written ("หัวหน้าสำนักปลัดเทศบาล")
 * @param roleText the plan's own words for the seat ("เป็น กรรมการ"), verbatim
 */
public record CommitteeMember(
    CommitteeRole role, Optional<String> personName, Optional<String> position, String roleText) {

  public CommitteeMember {
    checkArgument(
        personName.isPresent() || position.isPresent(),
        "a %s seat needs a person or a position",
        role);
    personName.ifPresent(n -> checkArgument(!n.isBlank(), "person name must not be blank"));
    position.ifPresent(p -> checkArgument(!p.isBlank(), "position must not be blank"));
  }
}
