package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import th.km.core.indicator.Indicator;

/**
 * A row of the action plan (แผนการจัดการความรู้ KM Action) under a KM goal: what will be done, when,
 * how it is measured and by whom. Every text is the plan's own.
 */
@Value.Immutable
public abstract class AbstractPlanActivity {

  /** The row's number within its goal (ลำดับ). */
  public abstract int number();

  /** The activity's name as written (กิจกรรม), without its dash-listed details. */
  public abstract String name();

  /** The dash-listed details under the name ("- บอร์ดประชาสัมพันธ์", "- เว็บไซต์เทศบาล"). */
  public abstract List<String> details();

  /** The KM step or change element the activity is filed under. */
  public abstract PlanStep step();

  /** How it will succeed (วิธีการสู่ความสำเร็จ), verbatim. */
  public abstract String method();

  public abstract ActivityPeriod period();

  /** The indicator (ตัวชี้วัด), verbatim. */
  public abstract String indicator();

  /** The target (เป้าหมาย), verbatim. */
  public abstract String target();

  /** Who is responsible (ผู้รับผิดชอบ), verbatim. */
  public abstract String responsible();

  /** The note (หมายเหตุ), verbatim, when there is one. */
  public abstract Optional<String> note();

  /** Source line of the row in an imported text plan, for findings. */
  public abstract Optional<Integer> sourceLine();

  /**
   * The evaluable indicators of the row, numbered from 1 in this order, each keeping the plan's
   * own indicator and target text; empty until someone states how the row is measured.
   */
  public abstract List<Indicator> indicators();

  @Value.Check
  protected void check() {
    checkArgument(number() >= 1, "activity number must be positive, got %s", number());
    checkArgument(!name().isBlank(), "activity %s has no name", number());
  }
}
