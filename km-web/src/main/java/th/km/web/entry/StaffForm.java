package th.km.web.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.StaffCategory;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/**
 * A staff member (บุคลากร) of the year: who joined, when, in which division and position, and who
 * left. The birth date gives the retirement day (เกษียณอายุราชการ) that the staff rules of the
 * indicators count with. The secretary enters anyone; a division head the own division's staff.
 * With {@code id} and {@code version} it corrects the stored member instead.
 */
final class StaffForm implements CorrectableForm {

  @Override public String slug() { return "staff-member"; }
  @Override public String collection() { return "staff-members"; }
  @Override public String schema() { return "StaffMemberInput"; }
  @Override public String titleKey() { return "entry.staff.title"; }
  @Override public Access access() { return Access.EDITOR; }
  @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
  @Override public String shownOn() { return "staff"; }
  @Override public RecordKind correctedKind() { return RecordKind.STAFF; }
  @Override public boolean readsItsOwnId() { return true; }

  @Override
  public List<Field> fields(EntryContext c) {
    return List.of(
        Field.hidden("id"),
        Field.hidden("version"),
        Field.text("name", true, "entry.field.staffName"),
        Field.select("category", true, "entry.field.staffCategory",
            Forms.options(c, StaffCategory.values(), StaffCategory::thaiName, StaffCategory::englishName)),
        Field.select("division", false, "entry.field.staffDivision", c.divisionOptions(true)),
        Field.text("position", false, "entry.field.staffPosition"),
        Field.date("birthDate", false, "entry.field.birthDate").hint("entry.hint.birthDate"),
        Field.date("joinedOn", false, "entry.field.joinedOn").hint("entry.hint.joinedOn"),
        Field.date("leftOn", false, "entry.field.leftOn").hint("entry.hint.leftOn"));
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("category", StaffCategory.MUNICIPAL_OFFICER.name());
    c.account().division().ifPresent(d -> values.put("division", d.value()));
    return values;
  }

  @Override
  public Map<String, List<String>> valuesOf(YearRecord record, int version) {
    StaffMember s = (StaffMember) record;
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put("id", List.of(s.id()));
    v.put("version", List.of(Integer.toString(version)));
    v.put("name", List.of(s.name()));
    v.put("category", List.of(s.category().name()));
    v.put("division", List.of(s.division().map(DivisionCode::value).orElse("")));
    v.put("position", List.of(s.position().orElse("")));
    v.put("birthDate", List.of(s.birthDate().map(DateInput::write).orElse("")));
    v.put("joinedOn", List.of(s.activeFrom().map(DateInput::write).orElse("")));
    v.put("leftOn", List.of(s.activeUntil().map(DateInput::write).orElse("")));
    return v;
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    String id = in.raw("id");
    Optional<Versioned> current = Optional.empty();
    if (!id.isEmpty()) {
      current = stored.find(c.book(), RecordKind.STAFF, id);
      if (current.isEmpty()) {
        in.error("id", "entry.error.noSuchPerson", id);
      }
    }
    OptionalInt version =
        in.raw("version").isEmpty() ? OptionalInt.empty() : in.number("version", false, 0, Integer.MAX_VALUE);
    Optional<String> name = in.text("name", true);
    Optional<StaffCategory> category = in.choice("category", StaffCategory.class, true);
    Optional<DivisionCode> division = Forms.division(c, in, "division");
    Optional<String> position = in.text("position", false).filter(p -> !p.isBlank());
    Optional<LocalDate> birth = in.date("birthDate", false);
    Optional<LocalDate> joined = in.date("joinedOn", false);
    Optional<LocalDate> left = in.date("leftOn", false);
    if (birth.isPresent() && birth.get().isAfter(c.today())) {
      in.error("birthDate", "entry.error.future", birth.get(), c.today());
    }
    if (joined.isPresent() && left.isPresent() && left.get().isBefore(joined.get())) {
      in.error("leftOn", "entry.error.leftBeforeJoining", left.get(), joined.get());
    }
    if (birth.isPresent() && joined.isPresent() && !joined.get().isAfter(birth.get())) {
      in.error("joinedOn", "entry.error.joinedBeforeBirth", joined.get(), birth.get());
    }
    if (!in.ok()) {
      return Optional.empty();
    }
    Optional<Versioned> stated = current;
    Function<String, YearRecord> withId =
        newId ->
            StaffMember.builder()
                .id(newId)
                .name(name.orElseThrow())
                .category(category.orElseThrow())
                .division(division)
                .position(position)
                .birthDate(birth)
                .retirementDate(stated.flatMap(v -> ((StaffMember) v.record()).retirementDate()))
                .activeFrom(joined)
                .activeUntil(left)
                .build();
    return Optional.of(
        current.isPresent()
            ? new Write.Correction(withId.apply(current.get().record().id()), version.orElse(current.get().version()))
            : Write.New.numbered("staff", RecordKind.STAFF, c.records(), withId));
  }
}
