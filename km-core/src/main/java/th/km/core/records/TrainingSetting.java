package th.km.core.records;

import th.km.core.BilingualName;

/**
 * Whether a training is held by the organization itself or outside it; the post-training report
 * rule of the seed covers training outside (ภายนอกองค์กร).
 */
public enum TrainingSetting implements BilingualName {
  INTERNAL("ภายในองค์กร", "internal"),
  EXTERNAL("ภายนอกองค์กร", "external");

  private final String thaiName;
  private final String englishName;

  TrainingSetting(String thaiName, String englishName) {
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
