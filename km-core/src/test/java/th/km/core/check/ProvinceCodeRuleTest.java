package th.km.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.Province;
import th.km.core.plan.ProvinceCode;

/** The province code of a plan's organization, as {@code km check} judges it. */
class ProvinceCodeRuleTest {

  private static List<Finding> findings(String code, Optional<String> province) {
    KmPlan clean = SeedLikePlan.clean();
    Organization org =
        Organization.builder()
            .from(clean.organization())
            .province(province)
            .provinceCode(ProvinceCode.of(code))
            .build();
    return PlanChecker.check(KmPlan.builder().from(clean).organization(org).build())
        .findings(FindingCode.PROVINCE_CODE);
  }

  @Test
  void thereAreSeventySevenProvincesFromTenToNinetySix() {
    assertEquals(77, Province.values().length);
    assertEquals("กรุงเทพมหานคร", ProvinceCode.of("10").province().orElseThrow().thaiName());
    assertEquals("นราธิวาส", ProvinceCode.of("96").province().orElseThrow().thaiName());
    assertEquals(Province.CHIANG_MAI, Province.byThaiName("เชียงใหม่").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10", "50", "57", "96"})
  void aCodeOfAProvinceDrawsNoFindingWithoutAName(String code) {
    assertEquals(List.of(), findings(code, Optional.empty()));
  }

  @Test
  void theCodeOfTheNamedProvinceDrawsNoFinding() {
    assertEquals(List.of(), findings("50", Optional.of("เชียงใหม่")));
    assertEquals(List.of(), findings("50", Optional.of("จังหวัดเชียงใหม่")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "09", "28", "59", "89", "97", "99"})
  void aCodeNoProvinceHasIsAnError(String code) {
    List<Finding> found = findings(code, Optional.of("เชียงใหม่"));
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("organization", f.location().toString());
    assertTrue(f.message().th().contains("รหัสจังหวัด " + code), f.message().th());
    assertTrue(f.message().en().contains("province code " + code), f.message().en());
  }

  @Test
  void aCodeOfAnotherProvinceThanTheNamedOneIsAWarning() {
    List<Finding> found = findings("57", Optional.of("เชียงใหม่"));
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertTrue(found.get(0).message().th().contains("เชียงราย"), found.get(0).message().th());
    assertTrue(found.get(0).message().en().contains("เชียงใหม่"), found.get(0).message().en());
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "500", "5a", " 50", "๕๐"})
  void aCodeIsTwoAsciiDigits(String code) {
    assertThrows(IllegalArgumentException.class, () -> ProvinceCode.of(code));
  }
}
