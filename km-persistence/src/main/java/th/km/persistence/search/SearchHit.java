package th.km.persistence.search;

import java.util.Optional;
import th.km.core.records.AssetKind;

/**
 * One asset found, in rank order.
 *
 * @param assetId the asset's id
 * @param title its title
 * @param kind its kind
 * @param division its division's code, if any
 * @param step its KM step, if any
 * @param fiscalYear its fiscal year (B.E.)
 * @param score Lucene's relevance score (higher is better)
 * @param snippet a passage of its text with the matched words in {@code <mark>}; everything else
 *     in it is HTML-escaped, so it can be put into a page as is
 */
public record SearchHit(
    String assetId,
    String title,
    AssetKind kind,
    Optional<String> division,
    Optional<String> step,
    int fiscalYear,
    float score,
    String snippet) {}
