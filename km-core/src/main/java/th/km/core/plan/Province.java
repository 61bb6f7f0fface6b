package th.km.core.plan;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Thai province (จังหวัด) with its two-digit code: the 76 provinces and Bangkok, whose codes
 * run from 10 to 96 with gaps (no province has 28, 29, 59, 68, 69, 78, 79 or 87 to 89).
 */
public enum Province {
  BANGKOK("10", "กรุงเทพมหานคร"),
  SAMUT_PRAKAN("11", "สมุทรปราการ"),
  NONTHABURI("12", "นนทบุรี"),
  PATHUM_THANI("13", "ปทุมธานี"),
  PHRA_NAKHON_SI_AYUTTHAYA("14", "พระนครศรีอยุธยา"),
  ANG_THONG("15", "อ่างทอง"),
  LOPBURI("16", "ลพบุรี"),
  SING_BURI("17", "สิงห์บุรี"),
  CHAI_NAT("18", "ชัยนาท"),
  SARABURI("19", "สระบุรี"),
  CHONBURI("20", "ชลบุรี"),
  RAYONG("21", "ระยอง"),
  CHANTHABURI("22", "จันทบุรี"),
  TRAT("23", "ตราด"),
  CHACHOENGSAO("24", "ฉะเชิงเทรา"),
  PRACHINBURI("25", "ปราจีนบุรี"),
  NAKHON_NAYOK("26", "นครนายก"),
  SA_KAEO("27", "สระแก้ว"),
  NAKHON_RATCHASIMA("30", "นครราชสีมา"),
  BURIRAM("31", "บุรีรัมย์"),
  SURIN("32", "สุรินทร์"),
  SISAKET("33", "ศรีสะเกษ"),
  UBON_RATCHATHANI("34", "อุบลราชธานี"),
  YASOTHON("35", "ยโสธร"),
  CHAIYAPHUM("36", "ชัยภูมิ"),
  AMNAT_CHAROEN("37", "อำนาจเจริญ"),
  BUENG_KAN("38", "บึงกาฬ"),
  NONG_BUA_LAMPHU("39", "หนองบัวลำภู"),
  KHON_KAEN("40", "ขอนแก่น"),
  UDON_THANI("41", "อุดรธานี"),
  LOEI("42", "เลย"),
  NONG_KHAI("43", "หนองคาย"),
  MAHA_SARAKHAM("44", "มหาสารคาม"),
  ROI_ET("45", "ร้อยเอ็ด"),
  KALASIN("46", "กาฬสินธุ์"),
  SAKON_NAKHON("47", "สกลนคร"),
  NAKHON_PHANOM("48", "นครพนม"),
  MUKDAHAN("49", "มุกดาหาร"),
  CHIANG_MAI("50", "เชียงใหม่"),
  LAMPHUN("51", "ลำพูน"),
  LAMPANG("52", "ลำปาง"),
  UTTARADIT("53", "อุตรดิตถ์"),
  PHRAE("54", "แพร่"),
  NAN("55", "น่าน"),
  PHAYAO("56", "พะเยา"),
  CHIANG_RAI("57", "เชียงราย"),
  MAE_HONG_SON("58", "แม่ฮ่องสอน"),
  NAKHON_SAWAN("60", "นครสวรรค์"),
  UTHAI_THANI("61", "อุทัยธานี"),
  KAMPHAENG_PHET("62", "กำแพงเพชร"),
  TAK("63", "ตาก"),
  SUKHOTHAI("64", "สุโขทัย"),
  PHITSANULOK("65", "พิษณุโลก"),
  PHICHIT("66", "พิจิตร"),
  PHETCHABUN("67", "เพชรบูรณ์"),
  RATCHABURI("70", "ราชบุรี"),
  KANCHANABURI("71", "กาญจนบุรี"),
  SUPHAN_BURI("72", "สุพรรณบุรี"),
  NAKHON_PATHOM("73", "นครปฐม"),
  SAMUT_SAKHON("74", "สมุทรสาคร"),
  SAMUT_SONGKHRAM("75", "สมุทรสงคราม"),
  PHETCHABURI("76", "เพชรบุรี"),
  PRACHUAP_KHIRI_KHAN("77", "ประจวบคีรีขันธ์"),
  NAKHON_SI_THAMMARAT("80", "นครศรีธรรมราช"),
  KRABI("81", "กระบี่"),
  PHANG_NGA("82", "พังงา"),
  PHUKET("83", "ภูเก็ต"),
  SURAT_THANI("84", "สุราษฎร์ธานี"),
  RANONG("85", "ระนอง"),
  CHUMPHON("86", "ชุมพร"),
  SONGKHLA("90", "สงขลา"),
  SATUN("91", "สตูล"),
  TRANG("92", "ตรัง"),
  PHATTHALUNG("93", "พัทลุง"),
  PATTANI("94", "ปัตตานี"),
  YALA("95", "ยะลา"),
  NARATHIWAT("96", "นราธิวาส");

  private static final Map<String, Province> BY_CODE =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(p -> p.code.value(), Function.identity()));

  private static final Map<String, Province> BY_THAI_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(p -> p.thaiName, Function.identity()));

  private final ProvinceCode code;
  private final String thaiName;

  Province(String code, String thaiName) {
    this.code = ProvinceCode.of(code);
    this.thaiName = thaiName;
  }

  public ProvinceCode code() {
    return code;
  }

  /** The name without the word จังหวัด, as a plan's {@code province} field holds it: "เชียงใหม่". */
  public String thaiName() {
    return thaiName;
  }

  /** The province with this code, if any. */
  public static Optional<Province> byCode(ProvinceCode code) {
    return Optional.ofNullable(BY_CODE.get(code.value()));
  }

  /** The province with this Thai name (without จังหวัด), if any. */
  public static Optional<Province> byThaiName(String name) {
    return Optional.ofNullable(BY_THAI_NAME.get(name.strip()));
  }
}
