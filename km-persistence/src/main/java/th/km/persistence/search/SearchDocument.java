package th.km.persistence.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import th.km.core.records.AssetKind;

/**
 * One version of a knowledge asset as the search index holds it, with the audiences that find
 * this version (an asset whose draft differs from its published version gives two documents).
 *
 * @param organization the organization's code
 * @param fiscalYear the fiscal year, Buddhist Era
 * @param assetId the asset's id
 * @param title the title
 * @param kind the kind of asset
 * @param division the owner division's code, empty for an organization-wide asset
 * @param step the KM step's name as the asset records it, empty if none
 * @param body the asset's text (Markdown)
 * @param attachments its attached files, whose text is indexed too
 * @param audiences who finds this version
 */
public record SearchDocument(
    String organization,
    int fiscalYear,
    String assetId,
    String title,
    AssetKind kind,
    Optional<String> division,
    Optional<String> step,
    String body,
    List<Attachment> attachments,
    Set<Audience> audiences) {

  public SearchDocument {
    checkArgument(!organization.isBlank(), "a search document needs an organization");
    checkArgument(!assetId.isBlank(), "a search document needs an asset id");
    checkArgument(fiscalYear >= 2400, "fiscal year %s is not a Buddhist Era year", fiscalYear);
    checkArgument(!audiences.isEmpty(), "asset %s: a search document nobody finds", assetId);
    attachments = List.copyOf(attachments);
    audiences = Set.copyOf(audiences);
  }
}
