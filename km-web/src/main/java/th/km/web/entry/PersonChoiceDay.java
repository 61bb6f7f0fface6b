package th.km.web.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.records.StaffMember;

/**
 * The head that the forms of a record of one staff member, one choice and one day share (an
 * acknowledgement of a topic, a recognition of a kind): the person, the choice among an enum's
 * values, and the day in the fiscal year, as fields and as what a submission reads.
 *
 * @param choice the choice's field name
 * @param choiceLabel the message key of the choice's label
 * @param type the enum chosen from
 * @param thai the Thai name of a value
 * @param english the English name of a value
 * @param dayLabel the message key of the day's label
 * @param <E> the enum chosen from
 */
record PersonChoiceDay<E extends Enum<E>>(
    String choice,
    String choiceLabel,
    Class<E> type,
    Function<E, String> thai,
    Function<E, String> english,
    String dayLabel) {

  /** The three fields, all required: person, choice, day ({@code personId}, the choice, {@code date}). */
  List<Field> fields(EntryContext c) {
    return List.of(
        Field.select("personId", true, "entry.field.person", c.staffOptions()),
        Field.select(choice, true, choiceLabel, Forms.options(c, type.getEnumConstants(), thai, english)),
        Field.date("date", true, dayLabel));
  }

  /** What the submission holds of the three, each empty where {@code in} recorded its error. */
  Read<E> read(EntryContext c, Input in) {
    Optional<StaffMember> person = Forms.person(c, in, "personId");
    Optional<E> chosen = in.choice(choice, type, true);
    Optional<LocalDate> day = Forms.dayOfYear(c, in, "date", true, false);
    return new Read<>(person, chosen, day);
  }

  /** A submission's person, choice and day. */
  record Read<E>(Optional<StaffMember> person, Optional<E> choice, Optional<LocalDate> day) {}
}
