package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of Form 1 (แบบฟอร์มที่ ๑): the knowledge a division needs to carry a strategic activity,
 * with the activity's objectives and KPIs.
 */
@Value.Immutable
public abstract class AbstractStrategicKnowledgeNeed {

  /** The row's number as the plan numbers it (numbering runs across divisions). */
  public abstract int number();

  /** The division's name as the form's header writes it ("ชื่อส่วนราชการ : กองคลัง"). */
  public abstract String divisionName();

  /** The division the header names, where it is one of the plan's divisions. */
  public abstract Optional<DivisionCode> division();

  /** The strategic activity (กิจกรรม), verbatim. */
  public abstract String activity();

  /** Objectives (เป้าประสงค์), one per numbered item. */
  public abstract List<String> objectives();

  /** KPIs (ตัวชี้วัด), one per numbered item. */
  public abstract List<String> kpis();

  /** The "period / responsible" column (ระยะเวลา/ผู้รับผิดชอบ), verbatim. */
  public abstract String responsible();

  /** Knowledge required (องค์ความรู้ที่จำเป็น), one per numbered item. */
  public abstract List<String> requiredKnowledge();

  @Value.Check
  protected void check() {
    checkArgument(number() >= 1, "Form 1 row number must be positive, got %s", number());
    checkArgument(!activity().isBlank(), "Form 1 row %s has no activity", number());
  }
}
