package th.km.core.check;

/** What kind of defect a finding reports; {@link #code()} is stable and safe to store or match. */
public enum FindingCode {
  /** The organization is named differently in different places. */
  ORG_NAME_VARIANT,
  /** A date that cannot exist ("วันที่ 68 เดือน มีนาคม"). */
  INVALID_DATE,
  /** A province code no province has, or one that is not the named province's. */
  PROVINCE_CODE,
  /** The same law or regulation cited with different years, or with a year that is wrong. */
  INCONSISTENT_YEAR,
  /** An activity's name differs from the KM step or change element it is filed under. */
  STEP_NAME_MISMATCH,
  /** A goal planned on the KM process leaves some of the seven steps without an activity. */
  STEP_COVERAGE,
  /** A goal planned on change management leaves some of the six elements without an activity. */
  ELEMENT_COVERAGE,
  /** A target with no number, percentage or "every". */
  TARGET_NOT_MEASURABLE,
  /** An activity runs outside the plan's fiscal year. */
  PERIOD_OUTSIDE_FISCAL_YEAR,
  /** An activity's period cannot be read as months. */
  PERIOD_UNREADABLE,
  /** A responsible unit that is neither a division, a committee nor a position of the plan. */
  UNKNOWN_RESPONSIBLE,
  /** A part every plan should have is missing. */
  MISSING_SECTION,
  /** A near miss of a KM term or abbreviation ("CKD" for CKO). */
  SPELLING,
  /** A Thai character sequence that cannot be written (two vowel marks on one consonant). */
  MALFORMED_THAI,
  /** Thai and Arabic digits mixed. */
  MIXED_DIGITS,
  /** "พ.ศ" without its final dot beside "พ.ศ.". */
  ERA_ABBREVIATION;

  /** The stable string code, equal to the constant's name. */
  public String code() {
    return name();
  }
}
