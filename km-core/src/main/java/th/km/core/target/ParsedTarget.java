package th.km.core.target;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import th.km.core.LocalizedText;

/**
 * What a target (เป้าหมาย) written in Thai prose asks for, as {@link TargetParser} reads it: a
 * count, a percentage, coverage of every member of a set, or nothing measurable. Callers switch
 * over the four cases.
 */
public sealed interface ParsedTarget
    permits ParsedTarget.Count, ParsedTarget.Percentage, ParsedTarget.Every,
        ParsedTarget.Unmeasurable {

  /** The target in words, "ไม่น้อยกว่า 5 คน" / "at least 5 คน", for reasons and reports. */
  LocalizedText describe();

  /** Whether the target can be evaluated against recorded data. */
  default boolean measurable() {
    return !(this instanceof Unmeasurable);
  }

  /**
   * A number of things: "พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๕ คน" is at least 5 คน. A bare number
   * ("จำนวน 10 เรื่อง") is read as at least, because a plan's target is what it means to reach.
   *
   * @param comparator how the achieved count is compared with {@code value}
   * @param value the bound, the lower one for {@link Comparator#BETWEEN}
   * @param upper the upper bound, present exactly when the comparator is {@code BETWEEN}
   * @param unit the classifier after the number as written ("คน", "ครั้ง"), empty when none
   */
  record Count(Comparator comparator, int value, Optional<Integer> upper, String unit)
      implements ParsedTarget {

    public Count {
      checkArgument(value >= 0, "a count target must not be negative, got %s", value);
      checkArgument(
          upper.isPresent() == (comparator == Comparator.BETWEEN),
          "a count target has an upper bound exactly when it is BETWEEN, got %s with upper %s",
          comparator,
          upper);
      upper.ifPresent(
          u -> checkArgument(u >= value, "count range %s-%s runs backwards", value, u));
    }

    /** A count with one bound. */
    public Count(Comparator comparator, int value, String unit) {
      this(comparator, value, Optional.empty(), unit);
    }

    /** Whether an achieved count meets the target. */
    public boolean isMetBy(long achieved) {
      return comparator.test(
          BigDecimal.valueOf(achieved), BigDecimal.valueOf(value), upper.map(BigDecimal::valueOf));
    }

    @Override
    public LocalizedText describe() {
      String unitSuffix = unit.isEmpty() ? "" : " " + unit;
      if (comparator == Comparator.BETWEEN) {
        int u = upper.orElseThrow();
        return LocalizedText.of(
            "ระหว่าง " + value + " ถึง " + u + unitSuffix,
            "between " + value + " and " + u + unitSuffix);
      }
      return LocalizedText.of(
          comparator.thaiWord() + " " + value + unitSuffix,
          comparator.englishWord() + " " + value + unitSuffix);
    }
  }

  /**
   * A share in per cent: "ไม่น้อยกว่าร้อยละ ๙๐" is at least 90. A bare "ร้อยละ ๑๐๐" is read as at
   * least 100, because a percentage target is a floor the organization commits to reach, never a
   * value it must hit exactly; only explicit words ("ไม่เกิน", "เท่ากับ") make it a ceiling or an
   * equality.
   *
   * @param comparator how the achieved share is compared with {@code percent}
   * @param percent the bound, the lower one for {@link Comparator#BETWEEN}
   * @param upper the upper bound, present exactly when the comparator is {@code BETWEEN}
   */
  record Percentage(Comparator comparator, BigDecimal percent, Optional<BigDecimal> upper)
      implements ParsedTarget {

    public Percentage {
      checkArgument(percent.signum() >= 0, "a percentage target must not be negative, got %s", percent);
      checkArgument(
          upper.isPresent() == (comparator == Comparator.BETWEEN),
          "a percentage target has an upper bound exactly when it is BETWEEN, got %s with upper %s",
          comparator,
          upper);
      upper.ifPresent(
          u ->
              checkArgument(
                  u.compareTo(percent) >= 0, "percentage range %s-%s runs backwards", percent, u));
    }

    /** A percentage with one bound. */
    public Percentage(Comparator comparator, BigDecimal percent) {
      this(comparator, percent, Optional.empty());
    }

    /** Whether an achieved share, in per cent, meets the target. */
    public boolean isMetBy(BigDecimal achievedPercent) {
      return comparator.test(achievedPercent, percent, upper);
    }

    @Override
    public LocalizedText describe() {
      String p = percent.stripTrailingZeros().toPlainString();
      if (comparator == Comparator.BETWEEN) {
        String u = upper.orElseThrow().stripTrailingZeros().toPlainString();
        return LocalizedText.of(
            "ระหว่างร้อยละ " + p + " ถึง " + u, "between " + p + "% and " + u + "%");
      }
      return LocalizedText.of(
          comparator.thaiWord() + "ร้อยละ " + p, comparator.englishWord() + " " + p + "%");
    }
  }

  /**
   * Coverage of every member of a set: "ครบทุกส่วนราชการ" asks that every division has it.
   *
   * @param what the set as written after "ทุก" ("ส่วนราชการ", "ตำแหน่ง", "สำนัก/กอง")
   */
  record Every(String what) implements ParsedTarget {

    public Every {
      checkArgument(!what.isBlank(), "an 'every' target must name its set");
    }

    @Override
    public LocalizedText describe() {
      return LocalizedText.of("ครบทุก" + what, "every " + englishSet(what));
    }

    /** The set in English where it is one plans commonly name; otherwise the plan's own word. */
    private static String englishSet(String what) {
      String w = what.replace(" ", "");
      if (w.startsWith("ส่วนราชการ") || w.startsWith("สำนัก/กอง") || w.startsWith("กอง")) {
        return "division";
      }
      if (w.startsWith("ตำแหน่ง")) {
        return "position";
      }
      if (w.startsWith("คน") || w.startsWith("บุคลากร") || w.startsWith("พนักงาน")) {
        return "person";
      }
      return "«" + what + "»";
    }
  }

  /**
   * A target with no number, no percentage and no "every": "พนักงานในสังกัด". It stays in the plan
   * as report-only and is never treated as met.
   *
   * @param reasonTh why it cannot be measured, in Thai
   * @param reasonEn why it cannot be measured, in English
   */
  record Unmeasurable(String reasonTh, String reasonEn) implements ParsedTarget {

    public Unmeasurable {
      checkArgument(!reasonTh.isBlank() && !reasonEn.isBlank(), "give the reason in both languages");
    }

    @Override
    public LocalizedText describe() {
      return LocalizedText.of(reasonTh, reasonEn);
    }
  }
}
