package th.km.persistence.planfile;

import static th.km.persistence.planfile.JsonOut.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import th.km.core.plan.Citation;
import th.km.core.plan.NameMention;
import th.km.core.plan.SourceLocation;

/**
 * The mapping between the places where the plan document names itself or cites a law and the JSON
 * of the plan file, each with where in the source document it stands.
 */
final class SourceMentionJson {

  private SourceMentionJson() {}

  static ObjectNode writeNameMention(NameMention mention) {
    ObjectNode o = JSON.objectNode();
    o.put("text", mention.text());
    o.set("location", writeLocation(mention.location()));
    return o;
  }

  static NameMention readNameMention(JsonIn in) {
    return new NameMention(
        in.text("text"), in.object("location", SourceMentionJson::readLocation));
  }

  static ObjectNode writeCitation(Citation citation) {
    ObjectNode o = JSON.objectNode();
    o.put("title", citation.title());
    o.put("yearText", citation.yearText());
    o.put("buddhistYear", citation.buddhistYear());
    o.set("location", writeLocation(citation.location()));
    return o;
  }

  static Citation readCitation(JsonIn in) {
    return new Citation(
        in.text("title"),
        in.text("yearText"),
        in.integer("buddhistYear"),
        in.object("location", SourceMentionJson::readLocation));
  }

  static ObjectNode writeLocation(SourceLocation location) {
    ObjectNode o = JSON.objectNode();
    o.put("section", location.section());
    location.line().ifPresent(line -> o.put("line", line));
    return o;
  }

  static SourceLocation readLocation(JsonIn in) {
    return new SourceLocation(in.text("section"), in.optionalInteger("line"));
  }
}
