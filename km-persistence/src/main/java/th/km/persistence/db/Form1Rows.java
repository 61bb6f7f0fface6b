package th.km.persistence.db;

import static th.km.persistence.db.PlanRowReader.byParent;
import static th.km.persistence.db.PlanRowReader.children;
import static th.km.persistence.db.PlanRowReader.texts;
import static th.km.persistence.jooq.Tables.FORM1_ITEM;
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
    Map<Long, List<Form1ItemRecord>> items =
        byParent(
            in.rows(FORM1_ITEM, FORM1_ITEM.PLAN_ID, FORM1_ITEM.ORGANIZATION_ID, FORM1_ITEM.ORDINAL),
            Form1ItemRecord::getForm1RowId);
    return in.rows(FORM1_ROW, FORM1_ROW.PLAN_ID, FORM1_ROW.ORGANIZATION_ID, FORM1_ROW.ORDINAL)
        .map(
            (Form1RowRecord f) -> {
              List<Form1ItemRecord> own = children(items, f.getId());
              return StrategicKnowledgeNeed.builder()
                  .number(f.getRowNumber())
                  .divisionName(f.getDivisionName())
                  .division(Optional.ofNullable(f.getDivisionCode()).map(DivisionCode::of))
                  .activity(f.getActivity())
                  .objectives(
                      texts(
                          own, OBJECTIVE, Form1ItemRecord::getListName, Form1ItemRecord::getText))
                  .kpis(texts(own, KPI, Form1ItemRecord::getListName, Form1ItemRecord::getText))
                  .responsible(f.getResponsible())
                  .requiredKnowledge(
                      texts(
                          own,
                          REQUIRED_KNOWLEDGE,
                          Form1ItemRecord::getListName,
                          Form1ItemRecord::getText))
                  .build();
            });
  }
}
