package th.km.web.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.entry.RecordCommands;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/**
 * One data-entry form: its fields, how its values become a record, and who may open it. The same
 * definition serves the page and the JSON API, so that both check alike.
 */
public interface EntryForm {

  /** What a filled form asks to store. */
  sealed interface Write {
    /** A new record. */
    record New(YearRecord record) implements Write {}

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
   * The record the values describe, or empty when some field is wrong (each error recorded in
   * {@code input}).
   */
  Optional<Write> read(EntryContext context, Input input, RecordCommands stored);
}
