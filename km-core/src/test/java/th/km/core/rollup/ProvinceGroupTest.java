package th.km.core.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.ProvinceCode;

/** Which province the roll-ups group an organization under. */
class ProvinceGroupTest {

  private static Organization.Builder banWaen() {
    return Organization.builder()
        .code(OrganizationCode.of("ban-waen"))
        .type(OrganizationType.SUBDISTRICT_MUNICIPALITY)
        .name("บ้านแหวน");
  }

  @Test
  void theProvinceCodeGroupsAndTheCodesProvinceNamesTheGroup() {
    assertEquals(
        new ProvinceGroup("50", "เชียงใหม่"),
        ProvinceGroup.of(banWaen().provinceCode(ProvinceCode.of("50")).province("เชียงใหม่ ").build()));
    assertEquals(
        new ProvinceGroup("50", "เชียงใหม่"),
        ProvinceGroup.of(banWaen().provinceCode(ProvinceCode.of("50")).build()));
  }

  @Test
  void aCodeNoProvinceHasStillGroupsUnderTheNameWritten() {
    assertEquals(
        new ProvinceGroup("28", "เชียงใหม่"),
        ProvinceGroup.of(banWaen().provinceCode(ProvinceCode.of("28")).province("เชียงใหม่").build()));
  }

  @Test
  void withoutACodeTheProvinceNamedGivesItsCodeElseTheNameWrittenElseUnknown() {
    assertEquals(new ProvinceGroup("51", "ลำพูน"), ProvinceGroup.of(banWaen().province("ลำพูน").build()));
    assertEquals(
        new ProvinceGroup("เชียงใหม่เก่า", "เชียงใหม่เก่า"),
        ProvinceGroup.of(banWaen().province("เชียงใหม่เก่า").build()));
    assertEquals(ProvinceGroup.UNKNOWN, ProvinceGroup.of(banWaen().build()));
    assertEquals(ProvinceGroup.UNKNOWN, ProvinceGroup.of(banWaen().province("  ").build()));
  }
}
