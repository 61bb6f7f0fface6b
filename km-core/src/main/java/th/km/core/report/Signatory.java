package th.km.core.report;

import java.util.Optional;
import th.km.core.plan.CommitteeRole;

/**
 * One line of the signature block (ลงชื่อ): a seat of the M&amp;E committee as the plan names it.
 *
 * @param role the seat
 * @param personName the person's name, when the plan names one
 * @param position the position, when the plan names one
 * @param roleText the plan's own words for the seat
 */
public record Signatory(
    CommitteeRole role, Optional<String> personName, Optional<String> position, String roleText) {}
