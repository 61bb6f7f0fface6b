package th.km.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A measured value kept exact as a fraction, so that 8,999 of 10,000 is told apart from 90% at any
 * size: a count is {@code n/1}, a percentage {@code 100·n/d}.
 *
 * @param numerator the count, or the numerator of the share
 * @param denominator 1 for a count, the population for a share; positive
 * @param unit whether the value is a count or a percentage
 */
record Quantity(long numerator, long denominator, ValueUnit unit) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Quantity {
    checkArgument(numerator >= 0, "a measured value is never negative, got %s", numerator);
    checkArgument(denominator >= 1, "a denominator is positive, got %s", denominator);
    checkArgument(
        unit == ValueUnit.PERCENT || denominator == 1, "a count has no denominator, got %s", denominator);
  }

  static Quantity count(long n) {
    return new Quantity(n, 1, ValueUnit.COUNT);
  }

  static Quantity share(long numerator, long denominator) {
    return new Quantity(numerator, denominator, ValueUnit.PERCENT);
  }

  /** The value in its unit, times the denominator: exact. */
  private BigDecimal scaledNumerator() {
    BigDecimal n = BigDecimal.valueOf(numerator);
    return unit == ValueUnit.PERCENT ? n.multiply(HUNDRED) : n;
  }

  /** The sign of value − bound, exactly. */
  int compareTo(BigDecimal bound) {
    return scaledNumerator().compareTo(bound.multiply(BigDecimal.valueOf(denominator)));
  }

  /** The sign of value − bound × elapsed share, exactly. */
  int compareTo(BigDecimal bound, Elapsed elapsed) {
    BigDecimal left = scaledNumerator().multiply(BigDecimal.valueOf(elapsed.totalDays()));
    BigDecimal right =
        bound
            .multiply(BigDecimal.valueOf(denominator))
            .multiply(BigDecimal.valueOf(elapsed.passedDays()));
    return left.compareTo(right);
  }

  /** The value to show: a count exactly, a percentage rounded down to two decimals. */
  BigDecimal value() {
    if (unit == ValueUnit.COUNT) {
      return BigDecimal.valueOf(numerator);
    }
    return scaledNumerator().divide(BigDecimal.valueOf(denominator), 2, RoundingMode.DOWN);
  }

  /** "ร้อยละ 89.99" or "12". */
  String thai() {
    return Texts.thai(value(), unit);
  }

  /** "89.99%" or "12". */
  String english() {
    return Texts.english(value(), unit);
  }
}
