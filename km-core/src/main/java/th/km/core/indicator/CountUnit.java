package th.km.core.indicator;

/** What a count counts in the selected records. */
public enum CountUnit {
  /** The records themselves: meetings, manuals, reports. */
  RECORDS("รายการ", "record", "records"),
  /** The distinct staff members the records name: attendees, trainees. */
  PERSONS("คน", "person", "persons"),
  /** The sum of the records' quantities: the accesses a website counter recorded. */
  QUANTITY("ครั้ง", "time", "times");

  private final String thaiWord;
  private final String englishSingular;
  private final String englishWord;

  CountUnit(String thaiWord, String englishSingular, String englishWord) {
    this.thaiWord = thaiWord;
    this.englishSingular = englishSingular;
    this.englishWord = englishWord;
  }

  /** The Thai classifier after a number, "คน". */
  public String thaiWord() {
    return thaiWord;
  }

  /** The English plural, "persons". */
  public String englishWord() {
    return englishWord;
  }

  /** The English word for that many: "1 person", "2 persons". */
  public String englishWord(long count) {
    return count == 1 ? englishSingular : englishWord;
  }
}
