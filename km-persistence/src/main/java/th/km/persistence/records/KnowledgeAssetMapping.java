package th.km.persistence.records;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.km.core.plan.DivisionCode;
import th.km.core.records.AssetKind;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecordKind;
import th.km.persistence.records.FolderContext.DateRole;

/**
 * The mapping between knowledge assets (องค์ความรู้) and their lines of the records folder, with the
 * channels they were published on: a {@code write} and a {@code read}, fields in the order
 * docs/records-format.md gives them.
 */
final class KnowledgeAssetMapping {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private KnowledgeAssetMapping() {}

  // Knowledge assets (องค์ความรู้)

  static ObjectNode writeKnowledgeAsset(KnowledgeAsset a) {
    ObjectNode o = JSON.objectNode();
    o.put("id", a.id());
    o.put("title", a.title());
    o.put("kind", a.assetKind().name());
    if (a.assetKind() == AssetKind.WORK_MANUAL) {
      o.put("withFlowchart", a.withFlowchart());
    }
    a.division().ifPresent(d -> o.put("division", d.value()));
    ArrayNode authors = o.putArray("authorIds");
    a.authorIds().forEach(authors::add);
    o.put("createdOn", a.createdOn().toString());
    RecordMapping.putDate(o, "reviewedOn", a.reviewedOn());
    ArrayNode publications = o.putArray("publications");
    for (Publication p : a.publications()) {
      ObjectNode po = publications.addObject();
      po.put("channel", p.channel().name());
      po.put("publishedOn", p.publishedOn().toString());
    }
    return o;
  }

  static Optional<KnowledgeAsset> readKnowledgeAsset(LineIn in) {
    String id = in.id(RecordKind.KNOWLEDGE_ASSET);
    String title = in.text("title");
    AssetKind kind = in.constant("kind", AssetKind.class);
    boolean flowchart = in.optionalBoolean("withFlowchart", false);
    Optional<DivisionCode> division = in.division("division");
    List<String> authors = in.references("authorIds", RecordKind.STAFF);
    LocalDate created = in.date("createdOn", DateRole.EVENT);
    Optional<LocalDate> reviewed = in.optionalDate("reviewedOn", DateRole.EVENT);
    List<Publication> publications = in.objects("publications", KnowledgeAssetMapping::readPublication);
    if (in.fine("kind", "withFlowchart")) {
      in.require(
          !flowchart || kind == AssetKind.WORK_MANUAL,
          "withFlowchart",
          "มีแผนผังขั้นตอนได้เฉพาะคู่มือการปฏิบัติงาน (WORK_MANUAL) ไม่ใช่ " + kind.name(),
          "only a work manual (WORK_MANUAL) has a flowchart, not a " + kind.name());
    }
    if (in.fine("createdOn", "reviewedOn")) {
      reviewed.ifPresent(
          r ->
              in.require(
                  !r.isBefore(created),
                  "reviewedOn",
                  "วันตรวจทาน " + r + " อยู่ก่อนวันจัดทำ " + created,
                  "reviewed on " + r + ", before it was created on " + created));
    }
    if (in.fine("createdOn", "publications")) {
      for (int i = 0; i < publications.size(); i++) {
        Publication p = publications.get(i);
        in.require(
            !p.publishedOn().isBefore(created),
            "publications[" + i + "].publishedOn",
            "วันเผยแพร่ " + p.publishedOn() + " อยู่ก่อนวันจัดทำ " + created,
            "published on " + p.publishedOn() + ", before it was created on " + created);
      }
    }
    return in.build(
        () ->
            KnowledgeAsset.builder()
                .id(id)
                .title(title)
                .assetKind(kind)
                .withFlowchart(flowchart)
                .division(division)
                .authorIds(authors)
                .createdOn(created)
                .reviewedOn(reviewed)
                .publications(publications)
                .build());
  }

  private static Optional<Publication> readPublication(LineIn in) {
    PublicationChannel channel = in.constant("channel", PublicationChannel.class);
    LocalDate published = in.date("publishedOn", DateRole.EVENT);
    return in.build(() -> new Publication(channel, published));
  }
}
