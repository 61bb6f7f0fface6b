package th.km.core.target;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a target compares the achieved value with its bound: at least (ไม่น้อยกว่า), at most
 * (ไม่เกิน), exactly (เท่ากับ) or between two bounds (ระหว่าง … ถึง …).
 */
public enum Comparator {
  AT_LEAST("≥", "ไม่น้อยกว่า", "at least"),
  AT_MOST("≤", "ไม่เกิน", "at most"),
  EQUAL("=", "เท่ากับ", "exactly"),
  BETWEEN("–", "ระหว่าง", "between");

  private final String symbol;
  private final String thaiWord;
  private final String englishWord;

  Comparator(String symbol, String thaiWord, String englishWord) {
    this.symbol = symbol;
    this.thaiWord = thaiWord;
    this.englishWord = englishWord;
  }

  /** "≥", "≤", "=" or "–". */
  public String symbol() {
    return symbol;
  }

  /** The Thai words a plan writes before the bound, "ไม่น้อยกว่า". */
  public String thaiWord() {
    return thaiWord;
  }

  public String englishWord() {
    return englishWord;
  }

  /**
   * Whether the value meets the bound; {@code upper} is read only for {@link #BETWEEN}, where both
   * ends count as met.
   */
  public boolean test(BigDecimal value, BigDecimal bound, Optional<BigDecimal> upper) {
    return switch (this) {
      case AT_LEAST -> value.compareTo(bound) >= 0;
      case AT_MOST -> value.compareTo(bound) <= 0;
      case EQUAL -> value.compareTo(bound) == 0;
      case BETWEEN ->
          value.compareTo(bound) >= 0
              && value.compareTo(
                      upper.orElseThrow(
                          () -> new IllegalArgumentException("BETWEEN needs an upper bound")))
                  <= 0;
    };
  }
}
