package th.km.core.textimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names of real Thai places and their RTGS spellings as the Royal Institute publishes them. */
class RtgsRomanizerTest {

  @ParameterizedTest
  @CsvSource({
    // initial and final consonants, the inherent o
    "หางดง, hang-dong",
    "คน, khon",
    "ดอนแก้ว, don-kaeo",
    // silent ห before a sonorant, tone marks dropped
    "หนองบัว, nong-bua",
    "บ้านแหวน, ban-waen",
    "หนองหาร, nong-han",
    // leading vowels, เ-ีย, ใ, final ย after ai
    "เชียงใหม่, chiang-mai",
    "แม่ริม, mae-rim",
    "ไทรงาม, sai-ngam",
    // เ-ือ, -ำ, -ัว
    "เมืองพล, mueang-phon",
    "น้ำพอง, nam-phong",
    "บัวใหญ่, bua-yai",
    // ทร read as s, ศร with a silent ร, true clusters
    "สันทราย, san-sai",
    "ศรีเมือง, si-mueang",
    "กระบี่, kra-bi",
    "ปลาปาก, pla-pak",
    // letters silenced by the การันต์
    "จันทร์, chan",
    "ศักดิ์ศรี, sak-si",
    "สุรินทร์, su-rin"
  })
  void romanizesPlaceNames(String thai, String code) {
    assertEquals(Optional.of(code), RtgsRomanizer.code(thai));
  }

  @ParameterizedTest
  @CsvSource({"ABC", "'  '"})
  void nothingThaiGivesNoCode(String text) {
    assertEquals(Optional.empty(), RtgsRomanizer.code(text));
  }
}
