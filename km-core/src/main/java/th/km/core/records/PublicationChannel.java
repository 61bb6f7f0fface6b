package th.km.core.records;

import th.km.core.BilingualName;

/** The channels on which knowledge is published (ช่องทางการเผยแพร่). */
public enum PublicationChannel implements BilingualName {
  NOTICE_BOARD("บอร์ดประชาสัมพันธ์", "notice board"),
  WEBSITE("เว็บไซต์", "website"),
  FACEBOOK("เพจเฟซบุ๊ก", "Facebook page"),
  INFORMATION_CENTRE("ศูนย์ข้อมูลข่าวสาร", "public information centre"),
  LEAFLET("แผ่นพับ", "leaflet"),
  BULLETIN("วารสาร", "bulletin");

  private final String thaiName;
  private final String englishName;

  PublicationChannel(String thaiName, String englishName) {
    this.thaiName = thaiName;
    this.englishName = englishName;
  }

  @Override
  public String thaiName() {
    return thaiName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
