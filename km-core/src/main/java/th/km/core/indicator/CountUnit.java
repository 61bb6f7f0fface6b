package th.km.core.indicator;

/** What a count counts in the selected records. */
public enum CountUnit {
  /** The records themselves: meetings, manuals, reports. */
  RECORDS("รายการ", "records"),
  /** The distinct staff members the records name: attendees, trainees. */
  PERSONS("คน", "persons"),
  /** The sum of the records' quantities: the accesses a website counter recorded. */
  QUANTITY("ครั้ง", "times");

  private final String thaiWord;
  private final String englishWord;

  CountUnit(String thaiWord, String englishWord) {
    this.thaiWord = thaiWord;
    this.englishWord = englishWord;
  }

  /** The Thai classifier after a number, "คน". */
  public String thaiWord() {
    return thaiWord;
  }

  public String englishWord() {
    return englishWord;
  }
}
