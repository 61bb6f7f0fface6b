package th.km.core.plan;

import java.util.List;

/** The two frameworks a KM goal's activities can be planned on. */
public enum Framework {
  /** กระบวนการจัดการความรู้: the seven KM-process steps. */
  KM_PROCESS("กระบวนการจัดการความรู้ (Knowledge Management Process)", "KM Process"),
  /** กระบวนการบริหารจัดการการเปลี่ยนแปลง: the six change-management elements. */
  CHANGE_MANAGEMENT(
      "กระบวนการบริหารจัดการการเปลี่ยนแปลง (Change Management Process)", "Change Management Process");

  private final String thaiName;
  private final String englishName;

  Framework(String thaiName, String englishName) {
    this.thaiName = thaiName;
    this.englishName = englishName;
  }

  public String thaiName() {
    return thaiName;
  }

  public String englishName() {
    return englishName;
  }

  /** The steps or elements of the framework, in order. */
  public List<? extends PlanStep> steps() {
    return switch (this) {
      case KM_PROCESS -> List.of(KmProcessStep.values());
      case CHANGE_MANAGEMENT -> List.of(ChangeElement.values());
    };
  }
}
