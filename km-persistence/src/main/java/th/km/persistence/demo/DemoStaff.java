package th.km.persistence.demo;

import static th.km.persistence.demo.DemoYear.YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.StaffCategory;
import th.km.core.records.StaffMember;

/**
 * The demo year's staff (บุคลากร): four executives and the divisions' holders of every post, one
 * who leaves in January and one who takes the post in February, three who retire at 60; and the
 * questions the other parts of the year ask of them (who holds a post, who is in service on a day).
 */
final class DemoStaff {

  private final Random random;
  private final DemoNames names;
  private final Map<DemoDivision, DivisionCode> codes = new EnumMap<>(DemoDivision.class);
  private final List<DemoPerson> people = new ArrayList<>();
  private final List<StaffMember> staff = new ArrayList<>();
  private final List<StaffMember> peopleStaff = new ArrayList<>();

  /** The person who leaves in January and the one who takes the post in February. */
  private DemoPerson leaver = new DemoPerson("", DemoDivision.CLERK, "", StaffCategory.MUNICIPAL_OFFICER);

  private DemoPerson joiner = new DemoPerson("", DemoDivision.CLERK, "", StaffCategory.MUNICIPAL_OFFICER);

  /** Those who turn 60 during the year and retire on 30 September. */
  private final List<DemoPerson> retirees = new ArrayList<>();

  /**
   * Finds the plan's five divisions, for staff yet to be made.
   *
   * @throws IllegalArgumentException when the plan lacks one of the divisions
   */
  DemoStaff(KmPlan plan, Random random) {
    this.random = random;
    this.names = new DemoNames(random);
    for (DemoDivision division : DemoDivision.values()) {
      codes.put(
          division,
          plan.divisions().stream()
              .filter(d -> d.name().replace(" ", "").startsWith(division.namePrefix))
              .map(Division::code)
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the demo year is made for the Ban Waen plan, whose divisions include "
                              + division.namePrefix
                              + "; this plan has "
                              + plan.divisions())));
    }
  }

  /** Everyone, executives first, in id order within each. */
  List<StaffMember> all() {
    return staff;
  }

  /** Those who turn 60 during the year, in the order they do. */
  List<DemoPerson> retirees() {
    return retirees;
  }

  /** Makes everyone; draws their names and birthdays. */
  void make() {
    addExecutive("ex-1", "นายกเทศมนตรี");
    addExecutive("ex-2", "รองนายกเทศมนตรี");
    addExecutive("ex-3", "รองนายกเทศมนตรี");
    addExecutive("ex-4", "เลขานุการนายกเทศมนตรี");
    int n = 0;
    for (DemoDivision division : DemoDivision.values()) {
      for (DemoDivision.Post post : division.posts()) {
        for (int k = 0; k < post.holders(); k++) {
          n++;
          people.add(new DemoPerson(String.format(Locale.ROOT, "st-%03d", n), division, post.title(), post.category()));
        }
      }
    }
    leaver = only(DemoDivision.FINANCE, "ผู้ช่วยเจ้าพนักงานพัสดุ", 0);
    joiner = only(DemoDivision.FINANCE, "ผู้ช่วยเจ้าพนักงานพัสดุ", 1);
    retirees.add(only(DemoDivision.CLERK, "คนงานทั่วไป", 0));
    retirees.add(only(DemoDivision.FINANCE, "เจ้าพนักงานการเงินและบัญชี", 1));
    retirees.add(only(DemoDivision.WORKS, "นายช่างโยธา", 1));
    List<LocalDate> sixtieth =
        List.of(LocalDate.of(1965, 12, 10), LocalDate.of(1966, 2, 20), LocalDate.of(1966, 6, 15));
    for (DemoPerson p : people) {
      StaffMember.Builder s =
          StaffMember.builder()
              .id(p.id())
              .name(names.next())
              .category(p.category())
              .division(code(p.division()))
              .position(p.position());
      int retiree = retirees.indexOf(p);
      if (retiree >= 0) {
        s.birthDate(sixtieth.get(retiree));
      } else {
        // Aged 24 to 57 on the first day of the year: nobody else turns 60 in it.
        s.birthDate(YEAR.firstDay().minusYears(24).minusDays(random.nextInt(33 * 365)));
      }
      if (p.equals(leaver)) {
        s.activeUntil(LocalDate.of(2026, 1, 31));
      } else if (p.equals(joiner)) {
        s.activeFrom(LocalDate.of(2026, 2, 16));
      }
      StaffMember member = s.build();
      staff.add(member);
      peopleStaff.add(member);
    }
  }

  private void addExecutive(String id, String position) {
    staff.add(
        StaffMember.builder()
            .id(id)
            .name(names.next())
            .category(StaffCategory.EXECUTIVE)
            .position(position)
            .build());
  }

  /** The plan's code of the division. */
  DivisionCode code(DemoDivision division) {
    return codes.get(division);
  }

  /** The division staff member with the id. */
  DemoPerson person(String id) {
    return people.stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no person " + id));
  }

  /** The n-th holder of the position in the division, from 0. */
  DemoPerson only(DemoDivision division, String position, int n) {
    List<DemoPerson> holders =
        people.stream().filter(p -> p.division() == division && p.position().equals(position)).toList();
    if (holders.size() <= n) {
      throw new IllegalStateException(division + " has no holder " + n + " of " + position);
    }
    return holders.get(n);
  }

  /** Any holder of the position in the division, drawn. */
  DemoPerson anyHolder(DemoDivision division, String position) {
    List<DemoPerson> holders =
        people.stream()
            .filter(p -> p.division() == division && p.position().equals(position) && !p.equals(leaver))
            .toList();
    return holders.get(random.nextInt(holders.size()));
  }

  /** The division staff in service on the day, in id order. */
  List<DemoPerson> inServiceOn(LocalDate day) {
    List<DemoPerson> out = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      DemoPerson p = people.get(i);
      if (peopleStaff.get(i).isActiveOn(day)) {
        out.add(p);
      }
    }
    return out;
  }

  /** Up to n of the people, drawn without repeats, in the order drawn. */
  List<DemoPerson> sample(List<DemoPerson> from, int n) {
    List<DemoPerson> pool = new ArrayList<>(from);
    Set<DemoPerson> picked = new LinkedHashSet<>();
    while (picked.size() < Math.min(n, from.size())) {
      picked.add(pool.remove(random.nextInt(pool.size())));
    }
    return new ArrayList<>(picked);
  }
}
