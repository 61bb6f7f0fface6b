package th.km.persistence.db;

import static th.km.persistence.db.PlanRowReader.byParent;
import static th.km.persistence.db.PlanRowReader.children;
import static th.km.persistence.db.PlanRowReader.map;
import static th.km.persistence.db.PlanRowReader.texts;
import static th.km.persistence.jooq.Tables.KM_SCOPE;

import java.util.List;
import java.util.Map;
import th.km.core.plan.KmScope;
import th.km.persistence.jooq.tables.records.KmScopeItemRecord;
import th.km.persistence.jooq.tables.records.KmScopeRecord;

/**
 * A plan's KM scopes (ขอบเขต KM) as rows of {@code km_scope} and {@code km_scope_item}, and back:
 * one item row per benefit to staff, benefit to executives and related policy, told apart by its
 * list name.
 */
final class KmScopeRows {

  private static final String BENEFIT_TO_STAFF = "BENEFIT_TO_STAFF";
  private static final String BENEFIT_TO_EXECUTIVES = "BENEFIT_TO_EXECUTIVES";
  private static final String RELATED_POLICY = "RELATED_POLICY";

  private KmScopeRows() {}

  /** Inserts scope {@code scope}, the {@code ordinal}-th of the plan, with its lists. */
  static void write(PlanRowWriter out, int ordinal, KmScope scope) {
    long scopeId =
        out.parent(
            new KmScopeRecord()
                .setPlanId(out.planId())
                .setOrganizationId(out.organizationId())
                .setOrdinal(ordinal)
                .setScopeNumber(scope.number())
                .setTitle(scope.title()),
            KM_SCOPE,
            KM_SCOPE.ID);
    items(out, scopeId, BENEFIT_TO_STAFF, scope.benefitsToStaff());
    items(out, scopeId, BENEFIT_TO_EXECUTIVES, scope.benefitsToExecutives());
    items(out, scopeId, RELATED_POLICY, scope.relatedPolicies());
  }

  private static void items(PlanRowWriter out, long scopeId, String list, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      out.leaf(
          new KmScopeItemRecord()
              .setKmScopeId(scopeId)
              .setPlanId(out.planId())
              .setOrganizationId(out.organizationId())
              .setListName(list)
              .setOrdinal(i)
              .setText(texts.get(i)));
    }
  }

  /** The plan's scopes, in their order. */
  static List<KmScope> read(PlanRowReader in) {
    Map<Long, List<StoredRow>> items = byParent(in.rows("km_scope_item", "ordinal"), "km_scope_id");
    return map(
        in.rows("km_scope", "ordinal"),
        s -> {
          List<StoredRow> own = children(items, s.id("id"));
          return KmScope.builder()
              .number(s.integer("scope_number"))
              .title(s.text("title"))
              .benefitsToStaff(texts(own, BENEFIT_TO_STAFF))
              .benefitsToExecutives(texts(own, BENEFIT_TO_EXECUTIVES))
              .relatedPolicies(texts(own, RELATED_POLICY))
              .build();
        });
  }
}
