package th.km.web.records;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import th.km.core.plan.KmPlan;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.web.i18n.Language;
import th.km.web.i18n.Messages;
import th.km.web.results.ResultsJson.Text;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/** {@code GET /api/v1/organizations/{org}/records/<id>}: one record with its fields in both languages. */
public final class RecordsApi {

  /** A record: its kind, its day, a summary and its fields, each in Thai and English. */
  public record RecordJson(
      String id, String kind, Text kindName, @Nullable String occurredOn, Text summary, List<FieldJson> fields) {}

  /**
   * A field of a record.
   *
   * @param label what it is
   * @param value its value
   * @param href the API resource of the record it refers to, if it refers to one
   */
  public record FieldJson(Text label, Text value, @Nullable String href) {}

  private final YearLookup lookup;
  private final Messages messages;

  public RecordsApi(YearLookup lookup, Messages messages) {
    this.lookup = lookup;
    this.messages = messages;
  }

  public void record(Context ctx) {
    Snapshot s = lookup.find(ctx);
    YearRecord r = RecordPages.find(s, ctx.pathParam(RecordPages.ID));
    ctx.json(json(messages, s.plan(), s.records(), r));
  }

  /** The record as the API shows it, its fields in both languages. */
  public static RecordJson json(Messages messages, KmPlan plan, YearRecords records, YearRecord r) {
    RecordFields th = new RecordFields(Language.TH, messages, plan, records);
    RecordFields en = new RecordFields(Language.EN, messages, plan, records);
    List<RecordFields.Field> thai = th.fields(r);
    List<RecordFields.Field> english = en.fields(r);
    List<FieldJson> fields = new ArrayList<>();
    for (int i = 0; i < thai.size(); i++) {
      fields.add(
          new FieldJson(
              new Text(thai.get(i).label(), english.get(i).label()),
              new Text(thai.get(i).value(), english.get(i).value()),
              thai.get(i).href().map(h -> "/api/v1" + h).orElse(null)));
    }
    return new RecordJson(
        r.id(),
        r.kind().name(),
        new Text(r.kind().thaiName(), r.kind().englishName()),
        r.occurredOn().map(Object::toString).orElse(null),
        new Text(th.summary(r), en.summary(r)),
        fields);
  }
}
