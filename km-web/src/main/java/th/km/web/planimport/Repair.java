package th.km.web.planimport;

import th.km.persistence.planimport.ThaiRepair;

/**
 * A repair of Thai text that PDF extraction broke (sara am split in two, marks in the wrong order,
 * private-use glyphs, zero-width or stray spaces), with where it was made, for a person to check.
 *
 * @param location where, in English ("page 3, y 412 pt, x 72 pt")
 * @param locationTh the same place in Thai
 * @param kind what was repaired, such as {@code SARA_AM_SPLIT}
 * @param before the damaged text
 * @param after the repaired text
 */
public record Repair(String location, String locationTh, String kind, String before, String after) {

  /** The repair as the importer reports it. */
  public static Repair of(ThaiRepair r) {
    return new Repair(r.location().describe(), r.location().describeTh(), r.kind().name(), r.before(), r.after());
  }
}
