package th.km.core.audit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Optional;
import th.km.core.plan.OrganizationCode;

/**
 * One change in the audit log: who did what to which thing of an organization, when, and the
 * thing's state before and after as JSON text.
 *
 * @param organization whose data changed
 * @param at when, from the store's clock
 * @param actor who
 * @param action what was done, such as {@code plan.save-draft} or {@code training.correct}
 * @param entity the kind of thing changed, such as {@code plan} or {@code training}
 * @param entityId which one, such as {@code ban-waen/2569/3} or a record's id
 * @param before its state before, empty when it was created
 * @param after its state after, empty when it was removed
 */
public record AuditEntry(
    OrganizationCode organization,
    Instant at,
    Actor actor,
    String action,
    String entity,
    String entityId,
    Optional<String> before,
    Optional<String> after) {

  public AuditEntry {
    checkArgument(!action.isBlank(), "an audit entry needs an action");
    checkArgument(!entity.isBlank(), "an audit entry needs an entity");
    checkArgument(!entityId.isBlank(), "an audit entry needs an entity id");
    checkArgument(
        before.isPresent() || after.isPresent(),
        "audit entry %s of %s %s has neither a state before nor after",
        action,
        entity,
        entityId);
  }
}
