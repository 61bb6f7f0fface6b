package th.km.core.check;

/** How much a finding matters, most severe first. */
public enum Severity {
  /** The plan is wrong and must be corrected before it is published. */
  ERROR,
  /** Probably a mistake, or something that weakens the plan; worth a look. */
  WARNING,
  /** A matter of style or consistency. */
  INFO
}
