package th.km.web.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;

/** The JSON of a version of an asset's content, as the API answers it (schema KnowledgeAsset). */
final class KnowledgeJson {

  private KnowledgeJson() {}

  static Map<String, Object> summary(KnowledgeContent c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fiscalYear", c.fiscalYear().buddhistYear());
    out.put("assetId", c.assetId());
    out.put("version", c.version());
    out.put("title", c.title());
    out.put("kind", c.kind().name());
    c.division().ifPresent(d -> out.put("division", d.value()));
    c.step().ifPresent(s -> out.put("step", s.name()));
    out.put("tags", c.tags());
    out.put("knowledgeType", c.knowledgeType().name());
    out.put("state", c.state().name());
    out.put("hasFlowchart", c.hasFlowchart());
    c.reviewDue().ifPresent(d -> out.put("reviewDue", d.toString()));
    out.put("changedBy", c.changedBy());
    out.put("changedAt", c.changedAt().toString());
    return out;
  }

  static Map<String, Object> content(KnowledgeContent c) {
    Map<String, Object> out = summary(c);
    out.put("body", c.body());
    c.flowchartMermaid().ifPresent(m -> out.put("flowchartMermaid", m));
    c.flowchartImage().ifPresent(i -> out.put("flowchartImage", i));
    out.put("changeNote", c.changeNote());
    return out;
  }

  static String fileHref(KmPlan plan, String assetId, long id) {
    return "/api/v1/organizations/" + plan.organization().code().value() + "/knowledge/" + assetId
        + "/attachments/" + id + "?year=" + plan.fiscalYear().buddhistYear();
  }

  static String division(DivisionCode d) {
    return d.value();
  }
}
