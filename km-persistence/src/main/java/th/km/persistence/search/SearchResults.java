package th.km.persistence.search;

import java.util.List;

/**
 * One page of the hits of a search.
 *
 * @param total how many assets match in all
 * @param hits this page's hits, best first
 */
public record SearchResults(long total, List<SearchHit> hits) {

  public SearchResults {
    hits = List.copyOf(hits);
  }
}
