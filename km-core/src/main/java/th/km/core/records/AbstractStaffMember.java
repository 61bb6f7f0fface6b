package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.StaffCategory;

/**
 * A staff member (บุคลากร) of the organization during the year: executives, council members,
 * municipal officers and contract staff alike.
 */
@Value.Immutable
public abstract class AbstractStaffMember implements YearRecord {

  /** The age at which officers retire (เกษียณอายุราชการ). */
  public static final int RETIREMENT_AGE = 60;

  @Override
  public abstract String id();

  /** The full name as the organization writes it. */
  public abstract String name();

  public abstract StaffCategory category();

  /** The division the person works in; executives and council members usually have none. */
  public abstract Optional<DivisionCode> division();

  /** The position (ตำแหน่ง), verbatim, such as "นักทรัพยากรบุคคล". */
  public abstract Optional<String> position();

  public abstract Optional<LocalDate> birthDate();

  /**
   * The retirement date where the record states it; otherwise {@link #retiresOn()} derives it from
   * the birth date.
   */
  public abstract Optional<LocalDate> retirementDate();

  /** The first day of service in the organization; empty when the person was there all along. */
  public abstract Optional<LocalDate> activeFrom();

  /** The last day of service; empty when the person is still there. */
  public abstract Optional<LocalDate> activeUntil();

  @Override
  public RecordKind kind() {
    return RecordKind.STAFF;
  }

  @Override
  public Optional<LocalDate> occurredOn() {
    return Optional.empty();
  }

  @Override
  public List<String> personIds() {
    return List.of(id());
  }

  /** Whether the person serves in the organization on the day. */
  public boolean isActiveOn(LocalDate day) {
    // Plain tests, not Optional.map with lambdas: run per staff member and population when
    // evaluating, where each lambda is a class made at run time on first use.
    return (activeFrom().isEmpty() || !day.isBefore(activeFrom().get()))
        && (activeUntil().isEmpty() || !day.isAfter(activeUntil().get()));
  }

  /** The 60th birthday (อายุครบ ๖๐ ปีบริบูรณ์), when the birth date is known. */
  public Optional<LocalDate> sixtiethBirthday() {
    return birthDate().isPresent()
        ? Optional.of(birthDate().get().plusYears(RETIREMENT_AGE))
        : Optional.empty();
  }

  /**
   * The last day of service by retirement: the stated retirement date, or else 30 September of the
   * fiscal year in which the person completes 60 years. A person completes a year of age at the end
   * of the day before the birthday, so someone born on 1 October retires with those born in the
   * September before, as Thai personnel offices count it.
   */
  public Optional<LocalDate> retiresOn() {
    if (retirementDate().isPresent()) {
      return retirementDate();
    }
    Optional<LocalDate> sixtieth = sixtiethBirthday();
    return sixtieth.isPresent()
        ? Optional.of(FiscalYear.containing(sixtieth.get().minusDays(1)).lastDay())
        : Optional.empty();
  }

  @Value.Check
  protected void check() {
    RecordIds.check(id(), "staff member");
    checkArgument(!name().isBlank(), "staff member %s has a blank name", id());
    position()
        .ifPresent(p -> checkArgument(!p.isBlank(), "staff member %s has a blank position", id()));
    if (activeFrom().isPresent() && activeUntil().isPresent()) {
      checkArgument(
          !activeUntil().get().isBefore(activeFrom().get()),
          "staff member %s leaves (%s) before joining (%s)",
          id(),
          activeUntil().get(),
          activeFrom().get());
    }
    if (birthDate().isPresent() && retirementDate().isPresent()) {
      checkArgument(
          retirementDate().get().isAfter(birthDate().get()),
          "staff member %s retires (%s) before being born (%s)",
          id(),
          retirementDate().get(),
          birthDate().get());
    }
  }
}
