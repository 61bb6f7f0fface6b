package th.km.persistence.db;

import static th.km.persistence.db.PlanRowReader.byParent;
import static th.km.persistence.db.PlanRowReader.children;
import static th.km.persistence.db.PlanRowReader.map;
import static th.km.persistence.db.PlanRowReader.texts;
import static th.km.persistence.jooq.Tables.FORM1_ROW;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.StrategicKnowledgeNeed;
import th.km.persistence.jooq.tables.records.Form1ItemRecord;
import th.km.persistence.jooq.tables.records.Form1RowRecord;

/**
 * A plan's Form 1 (แบบฟอร์มที่ 1), the knowledge its strategy needs, as rows of {@code form1_row}
 * and {@code form1_item}, and back: one item row per objective, KPI and required knowledge, told
 * apart by its list name.
 */
final class Form1Rows {

  private static final String OBJECTIVE = "OBJECTIVE";
  private static final String KPI = "KPI";
  private static final String REQUIRED_KNOWLEDGE = "REQUIRED_KNOWLEDGE";

  private Form1Rows() {}

  /** Inserts Form 1 row {@code need}, the {@code ordinal}-th of the plan, with its lists. */
  static void write(PlanRowWriter out, int ordinal, StrategicKnowledgeNeed need) {
    long rowId =
        out.parent(
            new Form1RowRecord()
                .setPlanId(out.planId())
                .setOrganizationId(out.organizationId())
                .setOrdinal(ordinal)
                .setRowNumber(need.number())
                .setDivisionName(need.divisionName())
                .setDivisionCode(need.division().map(DivisionCode::value).orElse(null))
                .setActivity(need.activity())
                .setResponsible(need.responsible()),
            FORM1_ROW,
            FORM1_ROW.ID);
    items(out, rowId, OBJECTIVE, need.objectives());
    items(out, rowId, KPI, need.kpis());
    items(out, rowId, REQUIRED_KNOWLEDGE, need.requiredKnowledge());
  }

  private static void items(PlanRowWriter out, long rowId, String list, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      out.leaf(
          new Form1ItemRecord()
              .setForm1RowId(rowId)
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setListName(list)
              .setOrdinal(i)
              .setText(texts.get(i)));
    }
  }

  /** The plan's Form 1 rows, in their order. */
  static List<StrategicKnowledgeNeed> read(PlanRowReader in) {
    Map<Long, List<StoredRow>> items = byParent(in.rows("form1_item", "ordinal"), "form1_row_id");
    return map(
        in.rows("form1_row", "ordinal"),
        f -> {
          List<StoredRow> own = children(items, f.id("id"));
          return StrategicKnowledgeNeed.builder()
              .number(f.integer("row_number"))
              .divisionName(f.text("division_name"))
              .division(Optional.ofNullable(f.optionalText("division_code")).map(DivisionCode::of))
              .activity(f.text("activity"))
              .objectives(texts(own, OBJECTIVE))
              .kpis(texts(own, KPI))
              .responsible(f.text("responsible"))
              .requiredKnowledge(texts(own, REQUIRED_KNOWLEDGE))
              .build();
        });
  }
}
