package th.km.core.evaluation;

/** What an indicator's value is measured in. */
public enum ValueUnit {
  /** A number of records, persons, accesses or events. */
  COUNT,
  /** A share in per cent, from a numerator and a denominator. */
  PERCENT
}
