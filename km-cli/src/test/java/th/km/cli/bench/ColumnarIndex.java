package th.km.cli.bench;

import static th.km.cli.bench.ColumnarEvaluation.NONE;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The look-ups the loop of {@link ColumnarRules} goes through, built from the arrays of {@link
 * ColumnarEvaluation} as part of the loop's timed work: each organization's records of a kind as a
 * range of the event arrays and the first day of each, each organization's staff, the persons of
 * each record, the staff row of each person with the 60th birthday and retirement, the dates of
 * trainings and assets by record, the publications of each asset, the reports and ratings of each
 * training, and the holidays.
 */
final class ColumnarIndex {

  final int[] kindStart;
  final int[] firstDay;
  final int[] staffStart;
  final int[] personStart;
  final int[] staffOf;
  final int[] sixty;
  final int[] retires;
  final int[] trainEnd;
  final int[] trainReturn;
  final int[] reach;
  final int[] published;
  final int[] publicationStart;
  final int[] followStart;
  final int[] followRows;
  final boolean[] holiday;
  final int holidayFrom;

  ColumnarIndex(ColumnarEvaluation c) {
    int orgs = c.orgs[0].length;
    int records = c.events[0].length;
    int[] org = c.events[0];
    int[] kind = c.events[1];
    kindStart = new int[orgs * IndicatorSpec.KINDS + 1];
    firstDay = new int[orgs * IndicatorSpec.KINDS];
    Arrays.fill(firstDay, Integer.MAX_VALUE);
    for (int e = 0; e < records; e++) {
      int k = org[e] * IndicatorSpec.KINDS + kind[e];
      kindStart[k + 1]++;
      firstDay[k] = Math.min(firstDay[k], c.events[4][e]);
    }
    for (int k = 0; k + 1 < kindStart.length; k++) {
      kindStart[k + 1] += kindStart[k];
    }
    staffStart = starts(c.staff[0], orgs);
    personStart = starts(c.eventPersons[0], records);
    int people = 0;
    for (int p : c.eventPersons[1]) {
      people = Math.max(people, p + 1);
    }
    for (int p : c.staff[1]) {
      people = Math.max(people, p + 1);
    }
    staffOf = new int[people];
    Arrays.fill(staffOf, -1);
    int staff = c.staff[0].length;
    sixty = new int[staff];
    retires = new int[staff];
    for (int s = 0; s < staff; s++) {
      staffOf[c.staff[1][s]] = s;
      sixty[s] = NONE;
      retires[s] = c.staff[6][s];
      if (c.staff[5][s] != NONE) {
        LocalDate birthday = LocalDate.ofEpochDay(c.staff[5][s]).plusYears(60);
        sixty[s] = (int) birthday.toEpochDay();
        if (retires[s] == NONE) {
          LocalDate before = birthday.minusDays(1);
          int year = before.getMonthValue() >= 10 ? before.getYear() + 1 : before.getYear();
          retires[s] = (int) LocalDate.of(year, 9, 30).toEpochDay();
        }
      }
    }
    trainEnd = byRecord(records, c.trainings[0], c.trainings[1]);
    trainReturn = byRecord(records, c.trainings[0], c.trainings[2]);
    reach = byRecord(records, c.assets[0], c.assets[1]);
    published = byRecord(records, c.assets[0], c.assets[2]);
    publicationStart = starts(c.publications[0], records);
    // The reports and ratings of each training, as ranges of followRows.
    followStart = new int[records + 1];
    for (int t : c.follows[3]) {
      if (t != NONE) {
        followStart[t + 1]++;
      }
    }
    for (int e = 0; e < records; e++) {
      followStart[e + 1] += followStart[e];
    }
    followRows = new int[followStart[records]];
    int[] next = Arrays.copyOf(followStart, records);
    for (int f = 0; f < c.follows[3].length; f++) {
      if (c.follows[3][f] != NONE) {
        followRows[next[c.follows[3][f]]++] = f;
      }
    }
    int from = Integer.MAX_VALUE;
    int to = Integer.MIN_VALUE;
    for (int d : c.holidays) {
      from = Math.min(from, d);
      to = Math.max(to, d);
    }
    holidayFrom = from;
    holiday = new boolean[Math.max(0, to - from + 1)];
    for (int d : c.holidays) {
      holiday[d - from] = true;
    }
  }

  private static int[] byRecord(int records, int[] recs, int[] values) {
    int[] out = new int[records];
    Arrays.fill(out, NONE);
    for (int r = 0; r < recs.length; r++) {
      out[recs[r]] = values[r];
    }
    return out;
  }

  /** Where each key's rows start in an array sorted by key; one more at the end. */
  private static int[] starts(int[] keys, int size) {
    int[] start = new int[size + 1];
    for (int o : keys) {
      start[o + 1]++;
    }
    for (int k = 0; k < size; k++) {
      start[k + 1] += start[k];
    }
    return start;
  }
}
