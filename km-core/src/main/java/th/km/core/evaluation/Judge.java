package th.km.core.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import th.km.core.LocalizedText;
import th.km.core.target.Comparator;
import th.km.core.target.ParsedTarget;

/**
 * Decides a status from a measured value, a target and how much of the period has passed.
 *
 * <p>After the period: met or not met. Before its end: an at-least target already reached is met
 * (counts only grow as records come in); one not yet reached is on track when the value is at least
 * the target scaled by the elapsed share of the period, else at risk. An at-most, exact or range
 * target can only be met at the end, because the value may still move past it: until then it is on
 * track while the value is on pace and not over the cap, and at risk otherwise.
 */
final class Judge {

  /** A status with why. */
  record Judgement(Status status, LocalizedText why) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Judge() {}

  static Judgement judge(Quantity q, ParsedTarget target, Elapsed elapsed) {
    return switch (target) {
      case ParsedTarget.Count c ->
          judge(
              q,
              c.comparator(),
              BigDecimal.valueOf(c.value()),
              c.upper().map(BigDecimal::valueOf),
              c.describe(),
              elapsed);
      case ParsedTarget.Percentage p ->
          judge(q, p.comparator(), p.percent(), p.upper(), p.describe(), elapsed);
      case ParsedTarget.Every e ->
          judge(q, Comparator.AT_LEAST, HUNDRED, Optional.empty(), e.describe(), elapsed);
      case ParsedTarget.Unmeasurable u ->
          throw new IllegalArgumentException("an unmeasurable target cannot be judged: " + u);
    };
  }

  private static Judgement judge(
      Quantity q,
      Comparator comparator,
      BigDecimal low,
      Optional<BigDecimal> high,
      LocalizedText target,
      Elapsed elapsed) {
    boolean over =
        switch (comparator) {
          case AT_LEAST -> false;
          case AT_MOST, EQUAL -> q.compareTo(low) > 0;
          case BETWEEN -> q.compareTo(high.orElseThrow()) > 0;
        };
    boolean met =
        switch (comparator) {
          case AT_LEAST -> q.compareTo(low) >= 0;
          case AT_MOST -> q.compareTo(low) <= 0;
          case EQUAL -> q.compareTo(low) == 0;
          case BETWEEN -> q.compareTo(low) >= 0 && !over;
        };
    if (elapsed.ended()) {
      return met
          ? new Judgement(Status.MET, Texts.met(target))
          : new Judgement(Status.NOT_MET, Texts.notMet(target));
    }
    if (comparator == Comparator.AT_LEAST && met) {
      return new Judgement(Status.MET, Texts.metEarly(target));
    }
    if (over) {
      // A count only grows as records come in: one past its cap can no longer meet the target.
      return q.unit() == ValueUnit.COUNT
          ? new Judgement(
              Status.NOT_MET,
              LocalizedText.of(
                  "เกินเป้าหมาย (" + target.th() + ") แล้ว และจำนวนมีแต่จะเพิ่มขึ้น จึงไม่อาจบรรลุเป้าหมายได้อีก",
                  "already past the target (" + target.en() + "), and a count only grows, so it can"
                      + " no longer be met"))
          : new Judgement(Status.AT_RISK, Texts.over(target));
    }
    if (comparator == Comparator.AT_MOST || met) {
      return new Judgement(Status.ON_TRACK, Texts.withinSoFar(target));
    }
    BigDecimal expected = elapsed.scale(low);
    return q.compareTo(low, elapsed) >= 0
        ? new Judgement(Status.ON_TRACK, Texts.onPace(target, elapsed, expected, q.unit()))
        : new Judgement(Status.AT_RISK, Texts.behindPace(target, elapsed, expected, q));
  }

  /**
   * Judges a number of events against "at least {@code atLeast}": events are whole, so the number
   * expected by now is rounded down and a once-a-year event is on track until the period's end.
   */
  static Judgement judgeOccurrence(long count, int atLeast, Elapsed elapsed) {
    return judgeWhole(count, new ParsedTarget.Count(Comparator.AT_LEAST, atLeast, "ครั้ง"), elapsed);
  }

  /**
   * Judges a whole number against an at-least count target: the number expected by now is the
   * target times the elapsed share, rounded down, so nothing recorded is on track while that is
   * zero and at risk once it is one or more; after the period, not reaching the target is not met,
   * nothing recorded included.
   */
  static Judgement judgeWhole(long count, ParsedTarget.Count target, Elapsed elapsed) {
    int atLeast = target.value();
    boolean met = count >= atLeast;
    if (elapsed.ended()) {
      return met
          ? new Judgement(Status.MET, Texts.met(target.describe()))
          : new Judgement(Status.NOT_MET, Texts.notMet(target.describe()));
    }
    if (met) {
      return new Judgement(Status.MET, Texts.metEarly(target.describe()));
    }
    long expected = atLeast * elapsed.passedDays() / elapsed.totalDays();
    return count >= expected
        ? new Judgement(
            Status.ON_TRACK,
            Texts.onPace(target.describe(), elapsed, BigDecimal.valueOf(expected), ValueUnit.COUNT))
        : new Judgement(
            Status.AT_RISK,
            Texts.behindPace(
                target.describe(), elapsed, BigDecimal.valueOf(expected), Quantity.count(count)));
  }
}
