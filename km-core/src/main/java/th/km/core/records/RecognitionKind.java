package th.km.core.records;

import th.km.core.BilingualName;

/** Why a staff member is recognized (การยกย่องชมเชย). */
public enum RecognitionKind implements BilingualName {
  DILIGENCE("ปฏิบัติงานด้วยความวิริยะอุตสาหะ", "diligence"),
  RETIREMENT("เกษียณอายุราชการ", "retirement"),
  AGE_60("อายุครบ ๖๐ ปีบริบูรณ์", "turning 60"),
  KM_CONTRIBUTION("ผลงานด้านการจัดการความรู้", "contribution to KM"),
  OTHER("อื่น ๆ", "other");

  private final String thaiName;
  private final String englishName;

  RecognitionKind(String thaiName, String englishName) {
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
