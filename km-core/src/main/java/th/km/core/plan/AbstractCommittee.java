package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A committee of the plan: the KM committee or the monitoring-and-evaluation committee. */
@Value.Immutable
public abstract class AbstractCommittee {

  public abstract CommitteeKind kind();

  /** The committee's name as the plan writes it. */
  public abstract String name();

  /** Seats in the order the plan lists them. */
  public abstract List<CommitteeMember> members();

  /** Duties per role, in the plan's order. */
  public abstract List<RoleDuties> duties();

  /** The committee's remit as one paragraph, where the plan states it so (the M&E committee). */
  public abstract Optional<String> remit();

  /** The number of seats with the role. */
  public long count(CommitteeRole role) {
    return members().stream().filter(m -> m.role() == role).count();
  }

  /** The duties of a role, empty when the plan gives none. */
  public List<String> dutiesOf(CommitteeRole role) {
    return duties().stream()
        .filter(d -> d.role() == role)
        .flatMap(d -> d.duties().stream())
        .toList();
  }

  @Value.Check
  protected void check() {
    checkArgument(!name().isBlank(), "committee name must not be blank");
    checkArgument(
        duties().stream().map(RoleDuties::role).distinct().count() == duties().size(),
        "committee '%s' lists the duties of a role twice",
        name());
  }
}
