package th.km.core.check;

import static th.km.core.check.TextTools.quote;

import java.util.List;
import java.util.Optional;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.Province;
import th.km.core.plan.ProvinceCode;

/**
 * {@link FindingCode#PROVINCE_CODE}: a province code that no province has (the codes run from 10 to
 * 96 with gaps), and a code whose province is not the one the plan names. National roll-ups group
 * organizations by this code, so a wrong one files the organization under another province.
 */
final class ProvinceCodeRule implements PlanRule {

  private static final FindingLocation ORGANIZATION = FindingLocation.of("organization");

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    Organization org = plan.organization();
    return org.provinceCode().flatMap(code -> check(code, org.province())).stream().toList();
  }

  private static Optional<Finding> check(ProvinceCode code, Optional<String> named) {
    Optional<Province> province = code.province();
    if (province.isEmpty()) {
      return Optional.of(
          Finding.error(
              FindingCode.PROVINCE_CODE,
              ORGANIZATION,
              "รหัสจังหวัด " + code + " ไม่ใช่รหัสของจังหวัดใด (รหัสจังหวัดอยู่ระหว่าง 10 ถึง 96 เช่น 50"
                  + " คือเชียงใหม่)",
              "province code " + code + " belongs to no province (the codes run from 10 to 96,"
                  + " 50 is Chiang Mai)"));
    }
    String expected = province.get().thaiName();
    if (named.isEmpty() || stripWord(named.get()).equals(expected)) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.warning(
            FindingCode.PROVINCE_CODE,
            ORGANIZATION,
            "รหัสจังหวัด " + code + " คือจังหวัด" + expected + " แต่แผนระบุจังหวัด " + quote(named.get()),
            "province code " + code + " is " + expected + ", but the plan names the province "
                + quote(named.get())));
  }

  /** "จังหวัดเชียงใหม่" and "เชียงใหม่" name the same province. */
  private static String stripWord(String name) {
    String s = name.strip();
    return s.startsWith("จังหวัด") ? s.substring("จังหวัด".length()).strip() : s;
  }
}
