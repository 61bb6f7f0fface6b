package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.immutables.value.Value;

/** A KM scope (ขอบเขต KM): a focus area with its benefits to staff, to executives and to policy. */
@Value.Immutable
public abstract class AbstractKmScope {

  public abstract int number();

  /** The scope's title, verbatim ("การพัฒนางานที่ปฏิบัติ"). */
  public abstract String title();

  /** Benefits to staff (พนักงานเทศบาล/พนักงานจ้าง), one per numbered item. */
  public abstract List<String> benefitsToStaff();

  /** Benefits to executives (ผู้บริหาร/พนักงานเทศบาล), one per numbered item. */
  public abstract List<String> benefitsToExecutives();

  /** Related policy (นโยบายที่เกี่ยวข้อง), one per numbered item. */
  public abstract List<String> relatedPolicies();

  @Value.Check
  protected void check() {
    checkArgument(number() >= 1, "scope number must be positive, got %s", number());
    checkArgument(!title().isBlank(), "scope %s has no title", number());
  }
}
