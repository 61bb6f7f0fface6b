package th.km.core.records;

/**
 * Whether a training is held by the organization itself or outside it; the post-training report
 * rule of the seed covers training outside (ภายนอกองค์กร).
 */
public enum TrainingSetting {
  INTERNAL("ภายในองค์กร", "internal"),
  EXTERNAL("ภายนอกองค์กร", "external");

  private final String thaiName;
  private final String englishName;

  TrainingSetting(String thaiName, String englishName) {
    this.thaiName = thaiName;
    this.englishName = englishName;
  }

  public String thaiName() {
    return thaiName;
  }

  public String englishName() {
    return englishName;
  }
}
