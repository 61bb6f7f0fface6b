package th.km.web.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.entry.NumberedRecord;
import th.km.core.entry.RecordCommands;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.web.security.Access;

/**
 * One data-entry form: its fields, how its values become a record, and who may open it. The same
 * definition serves the page and the JSON API, so that both check alike.
 */
public interface EntryForm {

  /** What a filled form asks to store. */
  sealed interface Write {
    /**
     * A new record.
     *
     * @param record the record, with an id that is free in the year as read
     * @param draft when present, the store gives the record the first free id of its prefix at the
     *     moment of the write ({@link RecordCommands#addNumbered}), so that parallel writes never
     *     take one id; every form that makes up an id for a new record should use it
     */
    record New(YearRecord record, Optional<NumberedRecord> draft) implements Write {

      /** A new record whose id was given, not made up by the form. */
      public New(YearRecord record) {
        this(record, Optional.empty());
      }

      /** A new record whose id the store chooses: {@code prefix}-n with the first free n. */
      public static New numbered(
          String prefix, RecordKind kind, YearRecords records, Function<String, YearRecord> withId) {
        NumberedRecord draft = new NumberedRecord(prefix, kind, withId);
        return new New(draft.numberedIn(records), Optional.of(draft));
      }
    }

    /** A stored record as corrected, based on the version that was read. */
    record Correction(YearRecord record, int basedOn) implements Write {}

    /** The record written. */
    YearRecord record();
  }

  /** The last part of the form's path, such as {@code training}. */
  String slug();

  /** The path under {@code /api/v1/organizations/{org}/} that accepts it as JSON. */
  String collection();

  /** The name of its JSON body's schema in the OpenAPI document. */
  String schema();

  /** The message key of its title. */
  String titleKey();

  /** The accounts that may open it, checked before the record rules. */
  Access access();

  /** What the write does, for {@link WriteRights}. */
  WriteRights.Purpose purpose();

  /** The dashboard page (under the organization) that shows what it records. */
  String shownOn();

  /** The fields, with the choices this account has. */
  List<Field> fields(EntryContext context);

  /** The values the form opens with; {@code query} gives the page's query parameters. */
  Map<String, String> initial(EntryContext context, Function<String, String> query);

  /**
   * Why the account may not send these values at all, checked before any field is read so that a
   * refused account learns nothing from field messages; empty when it may. The record rules of
   * {@link WriteRights} are checked as well, before and after reading.
   */
  default Optional<FieldError> refusalBeforeFields(EntryContext context, Input input) {
    return Optional.empty();
  }

  /**
   * The record the values describe, or empty when some field is wrong (each error recorded in
   * {@code input}).
   */
  Optional<Write> read(EntryContext context, Input input, RecordCommands stored);
}
