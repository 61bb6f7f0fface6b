package th.km.core.plan;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The kinds of Thai local administrative organization (องค์กรปกครองส่วนท้องถิ่น, อปท.). */
public enum OrganizationType {
  SUBDISTRICT_MUNICIPALITY("เทศบาลตำบล", "Subdistrict Municipality", "นายกเทศมนตรี", "ปลัดเทศบาล"),
  TOWN_MUNICIPALITY("เทศบาลเมือง", "Town Municipality", "นายกเทศมนตรี", "ปลัดเทศบาล"),
  CITY_MUNICIPALITY("เทศบาลนคร", "City Municipality", "นายกเทศมนตรี", "ปลัดเทศบาล"),
  SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION(
      "องค์การบริหารส่วนตำบล",
      "Subdistrict Administrative Organization",
      "นายกองค์การบริหารส่วนตำบล",
      "ปลัดองค์การบริหารส่วนตำบล"),
  PROVINCIAL_ADMINISTRATIVE_ORGANIZATION(
      "องค์การบริหารส่วนจังหวัด",
      "Provincial Administrative Organization",
      "นายกองค์การบริหารส่วนจังหวัด",
      "ปลัดองค์การบริหารส่วนจังหวัด"),
  BANGKOK("กรุงเทพมหานคร", "Bangkok Metropolitan Administration", "ผู้ว่าราชการกรุงเทพมหานคร", "ปลัดกรุงเทพมหานคร"),
  PATTAYA("เมืองพัทยา", "Pattaya City", "นายกเมืองพัทยา", "ปลัดเมืองพัทยา");

  private final String thaiName;
  private final String englishName;
  private final String headTitle;
  private final String clerkTitle;

  OrganizationType(String thaiName, String englishName, String headTitle, String clerkTitle) {
    this.thaiName = thaiName;
    this.englishName = englishName;
    this.headTitle = headTitle;
    this.clerkTitle = clerkTitle;
  }

  /** The Thai prefix of the organization's name, for example "เทศบาลตำบล". */
  public String thaiName() {
    return thaiName;
  }

  public String englishName() {
    return englishName;
  }

  /** The head of the executive (the mayor, นายก), to whom reports are routed. */
  public String headTitle() {
    return headTitle;
  }

  /** The permanent secretary (ปลัด) who usually chairs the committees. */
  public String clerkTitle() {
    return clerkTitle;
  }

  /** The type whose Thai prefix starts the text, preferring the longest prefix. */
  public static Optional<OrganizationType> fromPrefixOf(String text) {
    return Stream.of(values())
        .filter(t -> text.startsWith(t.thaiName))
        .max(Comparator.comparingInt(t -> t.thaiName.length()));
  }
}
