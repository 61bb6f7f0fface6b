package th.km.cli.bench;

import static th.km.cli.bench.ColumnarEvaluation.NONE;

import java.util.ArrayList;
import java.util.List;

/**
 * Every rule kind of {@link IndicatorSpec} evaluated by a hand-coded loop over the arrays of {@link
 * ColumnarEvaluation}, deciding values and statuses as {@link DuckDbEvaluation}'s SQL and km's
 * evaluator do, through the look-ups of {@link ColumnarIndex}: per indicator, a walk over the
 * organization's records of the kind (or its staff, or its trainings), with a stamp per indicator
 * marking the persons, divisions and positions already counted.
 */
final class ColumnarRules {

  private final ColumnarEvaluation c;
  private final ColumnarIndex x;
  private final int[] seen;
  private final int[] member;
  private final int[] keySeen;
  private final int[] keyMember;
  private int stamp;


  ColumnarRules(ColumnarEvaluation c) {
    this.c = c;
    this.x = new ColumnarIndex(c);
    int people = x.staffOf.length;
    int positions = 0;
    for (int pos : c.staff[4]) {
      positions = Math.max(positions, pos + 1);
    }
    int divisions = 0;
    for (int n : c.orgs[2]) {
      divisions = Math.max(divisions, n);
    }
    seen = new int[people];
    member = new int[people];
    keySeen = new int[Math.max(positions, divisions)];
    keyMember = new int[keySeen.length];
  }

  /** Evaluates every indicator: lines of org, ordinal, status and value. */
  List<String> evaluate() {
    List<String> lines = new ArrayList<>(c.indicators.length);
    for (long[] i : c.indicators) {
      lines.add(i[0] + "," + i[1] + "," + evaluate(i));
    }
    return lines;
  }

  /** One indicator's status and value. */
  private String evaluate(long[] i) {
    int org = (int) i[0];
    char rule = (char) i[2];
    int kind = (int) i[3];
    long target = i[10];
    int start = (int) i[14];
    int end = (int) i[15];
    int asOf = (int) i[16];
    int upTo = Math.min(asOf, end);
    long total = end - start + 1;
    long passed = asOf < start ? 0 : asOf >= end ? total : asOf - start + 1;
    stamp++;
    boolean recorded = x.firstDay[org * IndicatorSpec.KINDS + kind] <= upTo;
    boolean anyTraining = x.firstDay[org * IndicatorSpec.KINDS + 5] <= upTo;
    long[] share;
    switch (rule) {
      case 'R', 'C', 'O' -> {
        long v = kind == 0 ? 0 : select(i, org, upTo, rule);
        if (rule == 'R') {
          return "REPORT_ONLY," + (kind > 0 && recorded ? Long.toString(v) : "");
        }
        if (kind == 4 && !recorded) {
          return "NO_DATA,";
        }
        String status = v >= target ? "MET" : passed == total ? "NOT_MET"
            : v >= target * passed / total ? "ON_TRACK" : "AT_RISK";
        return status + "," + v;
      }
      case 'P' -> {
        long members = population(i, org, start, upTo);
        share = new long[] {select(i, org, upTo, rule), members, recorded && members > 0 ? 1 : 0};
      }
      case 'V' -> {
        long members = coverageSet(i, org, upTo);
        share = new long[] {select(i, org, upTo, rule), members, recorded && members > 0 ? 1 : 0};
      }
      case 'D' -> share = deadlines(i, org, start, upTo, asOf, anyTraining);
      default -> {
        share = beforeAfter(i, org, start, upTo, asOf);
        share[2] = anyTraining && share[1] > 0 && x.firstDay[org * IndicatorSpec.KINDS + 7] <= asOf ? 1 : 0;
      }
    }
    long num = share[0];
    long den = share[1];
    if (share[2] == 0) {
      return "NO_DATA,";
    }
    String status = num * 100 >= target * den ? "MET" : passed == total ? "NOT_MET"
        : num * 100 * total >= target * den * passed ? "ON_TRACK" : "AT_RISK";
    if (rule == 'D' && passed < total) {
      if (target >= 100 && num < den) {
        status = "NOT_MET";
      } else if (status.equals("MET")) {
        status = "ON_TRACK";
      }
    }
    long cents = num * 10000 / den;
    return status + "," + cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
  }

  /**
   * Walks the records the selector picks: returns their number, the staff they name, or their
   * quantities for a count; for a share, the members they cover (marked in {@link #member} or
   * {@link #keyMember} beforehand).
   */
  private long select(long[] i, int org, int upTo, char rule) {
    int kind = (int) i[3];
    long mask = i[4];
    long mask2 = i[5];
    boolean toDate = i[6] == 1;
    int unit = (int) i[9];
    int set = (int) i[11];
    int start = (int) i[14];
    long records = 0;
    long quantity = 0;
    long found = 0;
    int k = org * IndicatorSpec.KINDS + kind;
    for (int e = x.kindStart[k]; e < x.kindStart[k + 1]; e++) {
      if ((mask != 0 && (mask >> c.events[2][e] & 1) == 0) || (mask2 != 0 && (mask2 >> c.events[3][e] & 1) == 0)) {
        continue;
      }
      int day = kind == 9 ? assetDay(e, (int) i[7], i[8]) : c.events[4][e];
      if (day == NONE || day > upTo || (!toDate && day < start)) {
        continue;
      }
      records++;
      quantity += c.eventQty[e];
      int own = c.events[7][e];
      if (rule == 'V' && set == 0 && own != NONE) {
        found += cover(own);
      }
      boolean personDivisions = !(kind == 9 && own != NONE);
      for (int n = x.personStart[e]; n < x.personStart[e + 1]; n++) {
        int p = c.eventPersons[1][n];
        int s = x.staffOf[p];
        if (rule == 'V') {
          if (set == 2) {
            found += member[p] == stamp ? coverPerson(p) : 0;
          } else if (s >= 0 && (set == 1 || personDivisions)) {
            int key = c.staff[set == 1 ? 4 : 3][s];
            found += key == NONE ? 0 : cover(key);
          }
        } else if (rule == 'P' ? member[p] == stamp : s >= 0) {
          found += coverPerson(p);
        }
      }
    }
    return rule == 'P' || rule == 'V' || unit == 1 ? found : unit == 0 ? records : quantity;
  }

  /** 1 the first time the person is found for this indicator, else 0. */
  private int coverPerson(int p) {
    if (seen[p] == stamp) {
      return 0;
    }
    seen[p] = stamp;
    return 1;
  }

  private int cover(int key) {
    if (key < 0 || keyMember[key] != stamp || keySeen[key] == stamp) {
      return 0;
    }
    keySeen[key] = stamp;
    return 1;
  }

  /** The day an asset counts on under the filter: creation, least status, channel; NONE if not yet. */
  private int assetDay(int e, int minStatus, long channels) {
    int day = c.events[4][e];
    if (minStatus >= 1) {
      int reached = minStatus == 1 ? x.reach[e] : x.published[e];
      if (reached == NONE) {
        return NONE;
      }
      day = Math.max(day, reached);
    }
    if (channels != 0) {
      int first = Integer.MAX_VALUE;
      for (int p = x.publicationStart[e]; p < x.publicationStart[e + 1]; p++) {
        if ((channels >> c.publications[1][p] & 1) == 1) {
          first = Math.min(first, c.publications[2][p]);
        }
      }
      if (first == Integer.MAX_VALUE) {
        return NONE;
      }
      day = Math.max(day, first);
    }
    return day;
  }

  /** Marks a percentage's population in {@link #member} and returns its size. */
  private long population(long[] i, int org, int start, int upTo) {
    long cats = i[12];
    int kind = (int) i[11];
    long members = 0;
    for (int s = x.staffStart[org]; s < x.staffStart[org + 1]; s++) {
      int until = c.staff[8][s];
      if ((cats != 0 && (cats >> c.staff[2][s] & 1) == 0) || (until != NONE && until < start)) {
        continue;
      }
      boolean in;
      if (kind == 0) {
        in = active(s, upTo);
      } else {
        boolean retiring = within(x.retires[s], start, upTo) && active(s, x.retires[s]);
        boolean turning = within(x.sixty[s], start, upTo) && active(s, x.sixty[s]);
        in = (kind != 2 && retiring) || (kind != 1 && turning);
      }
      if (in) {
        member[c.staff[1][s]] = stamp;
        members++;
      }
    }
    return members;
  }

  /** Marks a coverage's set in {@link #member} or {@link #keyMember} and returns its size. */
  private long coverageSet(long[] i, int org, int upTo) {
    int set = (int) i[11];
    if (set == 0) {
      int divisions = c.orgs[2][org];
      for (int d = 0; d < divisions; d++) {
        keyMember[d] = stamp;
      }
      return divisions;
    }
    long members = 0;
    for (int s = x.staffStart[org]; s < x.staffStart[org + 1]; s++) {
      if (!active(s, upTo)) {
        continue;
      }
      if (set == 2) {
        member[c.staff[1][s]] = stamp;
        members++;
      } else {
        int pos = c.staff[4][s];
        if (pos != NONE && keyMember[pos] != stamp) {
          keyMember[pos] = stamp;
          members++;
        }
      }
    }
    return members;
  }

  /** Reports on time, reports due so far, and whether there is data: {on time, decided, data}. */
  private long[] deadlines(long[] i, int org, int start, int upTo, int asOf, boolean anyTraining) {
    long onTime = 0;
    long decided = 0;
    int k = org * IndicatorSpec.KINDS + 5;
    for (int e = x.kindStart[k]; e < x.kindStart[k + 1]; e++) {
      int back = x.trainReturn[e];
      if (!training(i, e) || back < start || back > upTo) {
        continue;
      }
      int due = back + (int) i[13];
      while (Math.floorMod(due + 3, 7) >= 5 || (due >= x.holidayFrom && due - x.holidayFrom < x.holiday.length
          && x.holiday[due - x.holidayFrom])) {
        due++;
      }
      if (asOf <= due) {
        continue; // not due so far, filed or not
      }
      decided++;
      int first = Integer.MAX_VALUE;
      for (int f = x.followStart[e]; f < x.followStart[e + 1]; f++) {
        int row = x.followRows[f];
        if (c.follows[1][row] == 6 && c.follows[4][row] <= asOf) {
          first = Math.min(first, c.follows[4][row]);
        }
      }
      if (first <= due) {
        onTime++;
      }
    }
    return new long[] {onTime, decided, anyTraining && decided > 0 ? 1 : 0};
  }

  /** Persons rated higher after a training, persons trained: {improved, trained, 0}. */
  private long[] beforeAfter(long[] i, int org, int start, int upTo, int asOf) {
    long trained = 0;
    long improved = 0;
    int k = org * IndicatorSpec.KINDS + 5;
    for (int e = x.kindStart[k]; e < x.kindStart[k + 1]; e++) {
      if (!training(i, e) || x.trainEnd[e] < start || x.trainEnd[e] > upTo) {
        continue;
      }
      int p = c.eventPersons[1][x.personStart[e]];
      if (seen[p] != stamp) {
        seen[p] = stamp;
        trained++;
      }
      for (int f = x.followStart[e]; f < x.followStart[e + 1]; f++) {
        int row = x.followRows[f];
        if (c.follows[1][row] == 7 && c.follows[4][row] <= asOf && c.follows[5][row] == 1
            && member[p] != stamp) {
          member[p] = stamp;
          improved++;
        }
      }
    }
    return new long[] {improved, trained, 0};
  }

  private boolean training(long[] i, int e) {
    return (i[4] == 0 || (i[4] >> c.events[2][e] & 1) == 1) && (i[5] == 0 || (i[5] >> c.events[3][e] & 1) == 1);
  }

  private boolean active(int s, int day) {
    int from = c.staff[7][s];
    int until = c.staff[8][s];
    return (from == NONE || from <= day) && (until == NONE || until >= day);
  }

  private static boolean within(int day, int from, int to) {
    return day != NONE && day >= from && day <= to;
  }
}
